import type { AffectedOwner, MeetingKind, MeetingScope, MotionDraft, VoteChoice } from '@jiayuan/contracts'
import { DAY_MS, MINUTE_MS } from '@jiayuan/domain'

/** Roll owners the personas vote as; the seed leaves their ballots on the open meeting to the person. */
const LIJIANGUO = 'o-lijianguo'
const ZHOUMING = 'o-zhouming'
/** 张伟 (a persona) and 陈秀兰 of 2-1-702, an elderly owner on the 7th floor, signed letters naming 王芳 as proxy. */
const ZHANGWEI = 'o-zhangwei'
const CHEN_XIULAN = 'o-b2-1-702'

/** One seeded meeting: its texts, when the committee acted, and how the owners voted. */
export interface Plan {
  id: string
  kind: MeetingKind
  title: string
  description: string
  motions: Array<Omit<MotionDraft, 'attachments'> & { affected?: Array<AffectedOwner & { unitLabel: string }> }>
  /** DOMAIN V14: absent, the whole compound. */
  scope?: MeetingScope
  createdAt: Date
  noticedAt: Date
  opensAt: Date
  closesAt: Date
  /** Share of the roll's heads that have voted, in percent; picked deterministically. */
  turnoutPercent: number
  /** Choices by motion for one voter, from a per-voter number 0–99. */
  choose(motionIndex: number, n: number): VoteChoice
  /** Owners who must not have a ballot (so a journey can cast it) or must have one (to check a receipt). */
  skip?: readonly string[]
  include?: readonly string[]
  /** Signed letters the committee registered a day after opening (DOMAIN V6, V15): holder → principals. */
  proxies?: { holderPersona: string; principals: readonly string[] }
}

/** The demo meetings, timed against `now` (see seedDemoAssembly). */
export function plans(
  p: string,
  now: Date,
): {
  open: Plan
  ended: Plan
  final: Plan
  objection: Plan
  authorised: Plan
  lift: Plan
  facade: Plan
  liftPassed: Plan
} {
  const t = now.getTime()
  const endedCloses = new Date(t - 2 * MINUTE_MS)
  const endedOpens = new Date(endedCloses.getTime() - 7 * DAY_MS)
  const finalOpens = new Date(t - 44 * DAY_MS)
  const objectionCloses = new Date(t - 3 * DAY_MS)
  const objectionOpens = new Date(objectionCloses.getTime() - 10 * DAY_MS)
  const cctvOpens = new Date(t - 40 * DAY_MS)
  const facadeOpens = new Date(t - 36 * DAY_MS)
  const liftPassedOpens = new Date(t - 30 * DAY_MS)
  return {
    // 2号楼2单元 alone, passed with a final result (type 7, the lift thresholds of V14): the consent the demo's
    // crowdfunded lift rests on (DOMAIN F13; seed-ledger.ts#seedDemoProject, journey lift-crowdfund).
    liftPassed: {
      id: `${p}mtg-b2-2-lift`,
      kind: 'regular',
      title: '2号楼2单元加装电梯',
      description:
        '2号楼2单元是 10 层无电梯住宅。业委会根据本单元业主的申请，提请2号楼2单元业主表决加装电梯及费用分摊方案。',
      scope: { kind: 'entrance', buildingId: 'b2', entrance: '2' },
      motions: [
        {
          matterType: 7,
          title: '2号楼2单元加装一部电梯',
          text: '在2号楼2单元北侧加装一部 10 站电梯，总造价 66 万元，申请政府补贴 18 万元，其余 48 万元由本单元业主按楼层系数集资：1–2 层不分摊，3 层系数 0.7，每高一层加 0.1。',
        },
      ],
      createdAt: new Date(liftPassedOpens.getTime() - 17 * DAY_MS),
      noticedAt: new Date(liftPassedOpens.getTime() - 16 * DAY_MS),
      opensAt: liftPassedOpens,
      closesAt: new Date(liftPassedOpens.getTime() + 7 * DAY_MS),
      turnoutPercent: 95,
      choose: (_k, n) => (n < 90 ? 'yes' : n < 96 ? 'no' : 'abstain'),
    },
    // 2号楼 alone, passed with a final result: what the committee attaches to the facade repair paid from the
    // maintenance fund and charged by area to 2号楼's units (DOMAIN F11, V14; journey fund-payout).
    facade: {
      id: `${p}mtg-b2-facade`,
      kind: 'regular',
      title: '2号楼外墙渗水维修',
      description:
        '2号楼北侧外墙多处渗水，6 户室内墙面发霉。业委会根据2号楼业主的申请，提请2号楼业主表决动用本楼专项维修资金维修。',
      scope: { kind: 'building', buildingId: 'b2' },
      motions: [
        {
          matterType: 5,
          title: '使用2号楼专项维修资金维修北侧外墙',
          text: '拟使用2号楼专项维修资金 9.8 万元，委托杭州固邦防水工程有限公司修补2号楼北侧外墙裂缝并做防水涂层，质保 5 年；费用按面积由2号楼业主分摊。报价单附后。',
        },
      ],
      createdAt: new Date(facadeOpens.getTime() - 17 * DAY_MS),
      noticedAt: new Date(facadeOpens.getTime() - 16 * DAY_MS),
      opensAt: facadeOpens,
      closesAt: new Date(facadeOpens.getTime() + 7 * DAY_MS),
      turnoutPercent: 86,
      choose: (_k, n) => (n < 80 ? 'yes' : n < 93 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
    lift: {
      id: `${p}mtg-b2-lift`,
      kind: 'regular',
      title: '2号楼1单元加装电梯',
      description:
        '2号楼1单元是 10 层无电梯住宅，老人上下楼困难。业委会根据本单元业主的申请，提请2号楼1单元业主表决加装电梯方案。',
      scope: { kind: 'entrance', buildingId: 'b2', entrance: '1' },
      motions: [
        {
          matterType: 7,
          template: 'lift',
          title: '2号楼1单元加装一部电梯',
          text: '在2号楼1单元北侧加装一部 10 站电梯（平层入户），总造价 68 万元，申请政府补贴 20 万元，其余按楼层系数由本单元业主分摊，1–2 层不分摊。设计图和报价单在物业服务中心公示。',
          affected: [
            {
              unitId: 'b2-1-101',
              unitLabel: '2-1-101',
              effects: ['light', 'access'],
              outcome: {
                kind: 'compensation',
                amountFen: 1_500_000,
                note: '井道遮挡北侧采光，一次性补偿 1.5 万元，并在门前加装雨棚',
              },
            },
            {
              unitId: 'b2-1-102',
              unitLabel: '2-1-102',
              effects: ['air'],
              outcome: { kind: 'objection', note: '担心电梯运行噪声和北窗通风，不同意加装' },
            },
          ],
        },
      ],
      createdAt: new Date(t - 20 * DAY_MS),
      noticedAt: new Date(t - 18 * DAY_MS),
      opensAt: new Date(t - 3 * DAY_MS),
      closesAt: new Date(t + 12 * DAY_MS),
      turnoutPercent: 60,
      choose: (_k, n) => (n < 80 ? 'yes' : n < 92 ? 'no' : 'abstain'),
      skip: [LIJIANGUO],
    },
    open: {
      id: `${p}mtg-lift-repair`,
      kind: 'regular',
      title: '2号楼电梯大修及停车管理',
      description: '2号楼两台电梯已运行 18 年，年检提出整改。业委会提请动用专项维修资金大修，并一并表决停车管理办法。',
      motions: [
        {
          matterType: 5,
          title: '使用专项维修资金大修2号楼电梯',
          text: '拟使用2号楼专项维修资金 38.6 万元，委托杭州安达电梯有限公司大修2号楼两台电梯（更换曳引机、控制柜和门机），费用按面积由2号楼业主分摊。报价单和检测报告附后。',
        },
        {
          matterType: 9,
          title: '施行《和谐家园停车管理办法》',
          text: '地面共有车位实行登记停放，每户限登记一辆；外来车辆临时停放 2 小时内免费。办法全文在物业服务中心公示。',
        },
      ],
      createdAt: new Date(t - 21 * DAY_MS),
      noticedAt: new Date(t - 20 * DAY_MS),
      opensAt: new Date(t - 5 * DAY_MS),
      closesAt: new Date(t + 10 * DAY_MS),
      turnoutPercent: 45,
      choose: (k, n) => (n < 70 ? 'yes' : n < 88 ? 'no' : k === 0 ? 'abstain' : 'yes'),
      skip: [LIJIANGUO, ZHOUMING, ZHANGWEI, CHEN_XIULAN],
      proxies: { holderPersona: 'resident', principals: [ZHANGWEI, CHEN_XIULAN] },
    },
    ended: {
      id: `${p}mtg-roof`,
      kind: 'regular',
      title: '3号楼屋面防水维修',
      description: '3号楼顶层多户反映渗漏，业委会提请使用专项维修资金维修屋面防水。',
      motions: [
        {
          matterType: 5,
          title: '使用专项维修资金维修3号楼屋面防水',
          text: '拟使用专项维修资金 12.4 万元，委托杭州固邦防水工程有限公司翻新3号楼屋面防水层，质保 8 年。',
        },
        {
          matterType: 9,
          title: '公开物业服务账目并每月公示',
          text: '物业服务企业每月 10 日前在小程序和公告栏公示上月全部收支，业主可逐笔查询。',
        },
      ],
      createdAt: new Date(endedOpens.getTime() - 17 * DAY_MS),
      noticedAt: new Date(endedOpens.getTime() - 16 * DAY_MS),
      opensAt: endedOpens,
      closesAt: endedCloses,
      turnoutPercent: 82,
      choose: (k, n) => (n < 78 ? 'yes' : n < 92 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
    objection: {
      id: `${p}mtg-access-gate`,
      kind: 'regular',
      title: '南门增设人脸识别门禁',
      description: '南门外来人员随意进出，多户反映快递和电动车失窃。业委会提请在南门人行通道增设人脸识别门禁。',
      motions: [
        {
          matterType: 9,
          title: '南门人行通道增设人脸识别门禁',
          text: '拟由公共收益支出 4.8 万元，在南门人行通道安装人脸识别门禁两套；人脸信息仅存于门禁本机，住户可选择刷卡进出而不录入人脸。',
        },
      ],
      createdAt: new Date(objectionOpens.getTime() - 17 * DAY_MS),
      noticedAt: new Date(objectionOpens.getTime() - 16 * DAY_MS),
      opensAt: objectionOpens,
      closesAt: objectionCloses,
      turnoutPercent: 80,
      choose: (_k, n) => (n < 64 ? 'yes' : n < 90 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
    // Passed with a final result: what the committee attaches to the camera renewal's expense (F3, journey
    // large-expense); its texts state the amount in words only, so one motion backs one expense.
    authorised: {
      id: `${p}mtg-cctv`,
      kind: 'regular',
      title: '小区监控系统更新',
      description:
        '小区监控摄像头多数已使用 9 年，夜间画面模糊。业委会提请由公共收益支出更新监控系统，并一并表决外墙检测。',
      motions: [
        {
          matterType: 9,
          title: '由公共收益支出更新小区监控系统',
          text: '拟由公共收益支出 8.6 万元，委托杭州海安智能科技有限公司更换小区 48 路监控摄像头及存储设备，质保 3 年。报价单附后。',
        },
        {
          matterType: 5,
          title: '使用专项维修资金检测1号楼外墙',
          text: '拟使用专项维修资金 6.2 万元，委托有资质的检测机构检测1号楼外墙空鼓和渗水情况，并出具维修方案。',
        },
      ],
      createdAt: new Date(cctvOpens.getTime() - 17 * DAY_MS),
      noticedAt: new Date(cctvOpens.getTime() - 16 * DAY_MS),
      opensAt: cctvOpens,
      closesAt: new Date(cctvOpens.getTime() + 7 * DAY_MS),
      turnoutPercent: 84,
      choose: (_k, n) => (n < 76 ? 'yes' : n < 92 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
    final: {
      id: `${p}mtg-covenant`,
      kind: 'regular',
      title: '修订管理规约与东门空地利用',
      description: '修订管理规约的宠物管理条款，并表决是否在东门空地设置电动车充电桩。',
      motions: [
        {
          matterType: 2,
          title: '修订管理规约第十二条（宠物管理）',
          text: '遛狗须牵绳，绳长不超过 1.5 米；不得在绿地和儿童游乐区内遛狗；宠物粪便由饲养人即时清理。',
        },
        {
          matterType: 8,
          title: '东门空地设置电动车充电桩并收取场地费',
          text: '在东门内侧空地设置 40 个充电位，由运营方支付场地费每年 2.4 万元，计入公共收益。',
        },
      ],
      createdAt: new Date(finalOpens.getTime() - 16 * DAY_MS),
      noticedAt: new Date(finalOpens.getTime() - 15 * DAY_MS),
      opensAt: finalOpens,
      closesAt: new Date(t - 30 * DAY_MS),
      turnoutPercent: 85,
      choose: (k, n) => (k === 0 ? (n < 80 ? 'yes' : 'no') : n < 60 ? 'yes' : n < 85 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
  }
}
