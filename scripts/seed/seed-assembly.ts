import { createHash } from 'node:crypto'
import type { MeetingKind, MotionDraft, VoteChoice, VotingRoll } from '@jiayuan/contracts'
import {
  createMeeting,
  getCompound,
  getMeetingRecord,
  getMotions,
  putBallots,
  readAllBallots,
  readRoll,
  readRollSnapshot,
  saveMeeting,
  writeBallotLog,
  writeRollSnapshot,
  type BallotItem,
  type Db,
  type MeetingRecord,
  type MotionRecord,
} from '@jiayuan/db'
import {
  RESULT_DUE_DAYS,
  addDays,
  ballotReceipt,
  buildVotingRoll,
  countMotions,
  headHash,
  meetingRules,
  orderBallots,
  publicVotingRoll,
  rollHash,
  rollTotals,
  sealBallots,
  toBallot,
  voterRef,
  type BallotRecord,
} from '@jiayuan/domain'

const COMMITTEE = 'u-committee'
const MINUTE = 60_000
const DAY = 86_400_000

/** Roll owners the personas vote as; the seed leaves their ballots on the open meeting to the person. */
const LIJIANGUO = 'o-lijianguo'
const ZHOUMING = 'o-zhouming'

interface Plan {
  id: string
  kind: MeetingKind
  title: string
  description: string
  motions: Array<Omit<MotionDraft, 'attachments'>>
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
}

const n100 = (text: string): number => parseInt(createHash('sha256').update(text).digest('hex').slice(0, 8), 16) % 100

async function draft(db: Db, compoundId: string, plan: Plan, actor: string): Promise<{ m: MeetingRecord; motions: MotionRecord[] }> {
  const motions = plan.motions.map((d, i) => ({ ...d, attachments: [], motionId: `m${i + 1}`, order: i + 1 }))
  const m: MeetingRecord = {
    meetingId: plan.id,
    compoundId,
    kind: plan.kind,
    title: plan.title,
    description: plan.description,
    status: 'draft',
    revision: 0,
    createdBy: actor,
    createdAt: plan.createdAt.toISOString(),
    extensions: [],
    refSalt: createHash('sha256').update(`seed-salt:${plan.id}`).digest('hex').slice(0, 32),
    motionIds: motions.map((x) => x.motionId),
  }
  return { m: await createMeeting(db, m, motions), motions }
}

/** Notice and opening as the API writes them (lifecycle-routes.ts), at the times the committee would have acted. */
async function noticeAndOpen(db: Db, before: MeetingRecord, plan: Plan, actor: string): Promise<{ m: MeetingRecord; roll: VotingRoll; refs: Record<string, string> }> {
  const rules = meetingRules((await getCompound(db, before.compoundId)).settings, before.kind)
  const noticed: MeetingRecord = {
    ...before,
    status: 'noticed',
    rules,
    noticePublishedAt: plan.noticedAt.toISOString(),
    votingOpensAt: plan.opensAt.toISOString(),
    votingClosesAt: plan.closesAt.toISOString(),
  }
  const n = await saveMeeting(db, before, noticed, {
    action: 'meeting.notice_published',
    actorId: actor,
    at: noticed.noticePublishedAt ?? '',
    data: { votingOpensAt: noticed.votingOpensAt, votingClosesAt: noticed.votingClosesAt, rules },
  })
  const { units, owners, ownerships } = await readRoll(db, before.compoundId)
  const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: rules.parkingAreaCounts })
  const hash = rollHash(roll)
  const refs = Object.fromEntries(roll.subjects.map((s) => [s.subjectId, voterRef(n.refSalt, s.subjectId, rules.namedBallots)]))
  await writeRollSnapshot(db, { compoundId: n.compoundId, meetingId: n.meetingId, rollHash: hash }, roll, refs)
  const totals = rollTotals(roll)
  const at = plan.opensAt.toISOString()
  const m = await saveMeeting(db, n, { ...n, status: 'open', openedAt: at, rollHash: hash, totals }, { action: 'meeting.opened', actorId: actor, at, data: { rollHash: hash, ...totals } })
  return { m, roll, refs }
}

/** Online ballots spread over the part of the window that has passed, one ballot paper per voter. */
async function castSome(db: Db, m: MeetingRecord, plan: Plan, roll: VotingRoll, refs: Record<string, string>, until: Date): Promise<void> {
  const voters = roll.subjects.filter(
    (s) => s.kind === 'owner' && !plan.skip?.includes(s.subjectId) && (plan.include?.includes(s.subjectId) || n100(`${plan.id}:${s.subjectId}`) < plan.turnoutPercent),
  )
  const span = Math.max(MINUTE, until.getTime() - plan.opensAt.getTime() - 10 * MINUTE)
  for (const [i, s] of voters.entries()) {
    const castAt = new Date(plan.opensAt.getTime() + Math.floor((span * (i + 1)) / (voters.length + 1))).toISOString()
    const n = n100(`choice:${plan.id}:${s.subjectId}`)
    const ballots: BallotItem[] = plan.motions.map((_, k) => {
      const payload = { motionId: `m${k + 1}`, subjectId: refs[s.subjectId] ?? s.subjectId, choice: plan.choose(k, n), channel: 'online' as const, castAt, version: 1 }
      return {
        ...payload,
        receipt: ballotReceipt(m.meetingId, payload),
        meetingId: m.meetingId,
        rollSubjectId: s.subjectId,
        requestKey: createHash('sha256').update(`seed:${m.meetingId}:${s.subjectId}`).digest('hex'),
        enteredBy: `u-seed-${s.subjectId}`,
      }
    })
    await putBallots(db, m.compoundId, ballots, { action: 'ballot.online', actorId: `u-seed-${s.subjectId}`, at: castAt, subject: m.meetingId, data: { motions: ballots.map((b) => b.motionId), versions: [1] } })
  }
}

const toRecord = (b: BallotItem): BallotRecord => ({ motionId: b.motionId, subjectId: b.subjectId, choice: b.choice, channel: b.channel, castAt: b.castAt, version: b.version, receipt: b.receipt })

/** Close, preliminary and final as the API writes them (counting.ts, lifecycle-routes.ts). */
async function closeAndPublish(db: Db, open: MeetingRecord, actor: string, closedAt: Date, objectionDays: number, finalAt: Date): Promise<void> {
  const motions = await getMotions(db, open.compoundId, open.meetingId)
  const snapshot = await readRollSnapshot(db, open.compoundId, open.meetingId, open.rollHash ?? '')
  const publicRoll = snapshot.roll.subjects.map((s) => ({ ref: snapshot.refs[s.subjectId] ?? s.subjectId, kind: s.kind, area: s.area }))
  const records = (await readAllBallots(db, open.compoundId, open.meetingId)).map(toRecord)
  const tallies = countMotions(publicVotingRoll(publicRoll), orderBallots(records).map(toBallot), motions, null)
  const results = tallies.map((t, i) => ({ ...t, title: motions[i]?.title ?? t.motionId }))
  const entries = sealBallots(records)
  await writeBallotLog(db, open.compoundId, open.meetingId, entries)
  const at = closedAt.toISOString()
  const closed = await saveMeeting(
    db,
    open,
    {
      ...open,
      status: 'closed',
      closedAt: at,
      resultDueBy: addDays(closedAt, RESULT_DUE_DAYS).toISOString(),
      ballotLog: { count: entries.length, headHash: headHash(entries), channels: { online: entries.length, paper: 0, proxy: 0 } },
      results,
      deliveredCount: 0,
    },
    { action: 'meeting.closed', actorId: actor, at, data: {} },
  )
  const prelimAt = new Date(closedAt.getTime() + DAY)
  const objectionDeadline = addDays(prelimAt, objectionDays).toISOString()
  const prelim = await saveMeeting(
    db,
    closed,
    { ...closed, status: 'preliminary', preliminaryAt: prelimAt.toISOString(), objectionDeadline },
    { action: 'result.preliminary_published', actorId: actor, at: prelimAt.toISOString(), data: { objectionDeadline } },
  )
  const note = '异议期内未收到异议，结果生效。'
  await saveMeeting(db, prelim, { ...prelim, status: 'final', finalAt: finalAt.toISOString(), finalNote: note }, {
    action: 'result.final_published',
    actorId: actor,
    at: finalAt.toISOString(),
    reason: note,
    data: { objections: 0 },
  })
}

function plans(p: string, now: Date): { open: Plan; ended: Plan; final: Plan } {
  const t = now.getTime()
  const endedCloses = new Date(t - 2 * MINUTE)
  const endedOpens = new Date(endedCloses.getTime() - 7 * DAY)
  const finalOpens = new Date(t - 44 * DAY)
  return {
    open: {
      id: `${p}mtg-lift-repair`,
      kind: 'regular',
      title: '2号楼电梯大修及停车管理',
      description: '2号楼两台电梯已运行 18 年，年检提出整改。业委会提请动用专项维修资金大修，并一并表决停车管理办法。',
      motions: [
        { matterType: 5, title: '使用专项维修资金大修2号楼电梯', text: '拟使用2号楼专项维修资金 38.6 万元，委托杭州安达电梯有限公司大修2号楼两台电梯（更换曳引机、控制柜和门机），费用按面积由2号楼业主分摊。报价单和检测报告附后。' },
        { matterType: 9, title: '施行《和谐家园停车管理办法》', text: '地面共有车位实行登记停放，每户限登记一辆；外来车辆临时停放 2 小时内免费。办法全文在物业服务中心公示。' },
      ],
      createdAt: new Date(t - 21 * DAY),
      noticedAt: new Date(t - 20 * DAY),
      opensAt: new Date(t - 5 * DAY),
      closesAt: new Date(t + 10 * DAY),
      turnoutPercent: 45,
      choose: (k, n) => (n < 70 ? 'yes' : n < 88 ? 'no' : k === 0 ? 'abstain' : 'yes'),
      skip: [LIJIANGUO, ZHOUMING],
    },
    ended: {
      id: `${p}mtg-roof`,
      kind: 'regular',
      title: '3号楼屋面防水维修',
      description: '3号楼顶层多户反映渗漏，业委会提请使用专项维修资金维修屋面防水。',
      motions: [
        { matterType: 5, title: '使用专项维修资金维修3号楼屋面防水', text: '拟使用专项维修资金 12.4 万元，委托杭州固邦防水工程有限公司翻新3号楼屋面防水层，质保 8 年。' },
        { matterType: 9, title: '公开物业服务账目并每月公示', text: '物业服务企业每月 10 日前在小程序和公告栏公示上月全部收支，业主可逐笔查询。' },
      ],
      createdAt: new Date(endedOpens.getTime() - 17 * DAY),
      noticedAt: new Date(endedOpens.getTime() - 16 * DAY),
      opensAt: endedOpens,
      closesAt: endedCloses,
      turnoutPercent: 82,
      choose: (k, n) => (n < 78 ? 'yes' : n < 92 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
    final: {
      id: `${p}mtg-covenant`,
      kind: 'regular',
      title: '修订管理规约与东门空地利用',
      description: '修订管理规约的宠物管理条款，并表决是否在东门空地设置电动车充电桩。',
      motions: [
        { matterType: 2, title: '修订管理规约第十二条（宠物管理）', text: '遛狗须牵绳，绳长不超过 1.5 米；不得在绿地和儿童游乐区内遛狗；宠物粪便由饲养人即时清理。' },
        { matterType: 8, title: '东门空地设置电动车充电桩并收取场地费', text: '在东门内侧空地设置 40 个充电位，由运营方支付场地费每年 2.4 万元，计入公共收益。' },
      ],
      createdAt: new Date(finalOpens.getTime() - 16 * DAY),
      noticedAt: new Date(finalOpens.getTime() - 15 * DAY),
      opensAt: finalOpens,
      closesAt: new Date(t - 30 * DAY),
      turnoutPercent: 85,
      choose: (k, n) => (k === 0 ? (n < 80 ? 'yes' : 'no') : n < 60 ? 'yes' : n < 85 ? 'no' : 'abstain'),
      include: [LIJIANGUO],
    },
  }
}

/**
 * Three meetings of the demo compound (issue #4), written through the same repositories and domain functions
 * as the API with the times the committee would have acted, because a notice period of 15 days cannot pass in
 * a demo: one open now (noticed 20 days ago, closing in 10 days, 李建国 and 周明 not yet voted), one whose
 * window ended 2 minutes ago and that the committee can close (李建国 voted), and one final (closed 30 days
 * ago, preliminary then final after a 7-day objection window). Seeds once per meeting id.
 */
export async function seedDemoAssembly(db: Db, options: { compoundId: string; prefix?: string; now?: Date }): Promise<{ seeded: boolean; meetingIds: string[] }> {
  const now = options.now ?? new Date()
  const all = plans(options.prefix ?? '', now)
  const ids = [all.open.id, all.ended.id, all.final.id]
  if (await getMeetingRecord(db, options.compoundId, all.open.id)) return { seeded: false, meetingIds: ids }
  const actor = `${options.prefix ?? ''}${COMMITTEE}`

  for (const plan of [all.final, all.ended, all.open]) {
    const { m } = await draft(db, options.compoundId, plan, actor)
    const opened = await noticeAndOpen(db, m, plan, actor)
    const until = plan.closesAt.getTime() < now.getTime() ? plan.closesAt : now
    await castSome(db, opened.m, plan, opened.roll, opened.refs, until)
    if (plan === all.final) await closeAndPublish(db, opened.m, actor, new Date(plan.closesAt.getTime() + 2 * 3600_000), 7, new Date(plan.closesAt.getTime() + 9 * DAY))
  }
  return { seeded: true, meetingIds: ids }
}
