import { allRoutes, createApp, runSlaSweep, type Deps } from '@jiayuan/api'
import { shanghaiMonth, shiftMonth } from '@jiayuan/domain'
import { demoDocumentPdf, demoPagePng, storeFile } from './demo-files'
import { seedNeighbours } from './seed-neighbours'

/**
 * The demo's everyday life, done through the API the pages call (the real routes in-process, each persona
 * signed in by dev login), so every journey has something live to open on first start: tickets in every
 * state, a binding waiting for the committee, an expense waiting for its second approval, two months of
 * published reports and a filled disclosure board. Seeds once (the first ticket's idempotency key).
 */

interface Client {
  as(persona: string): Promise<Caller>
}

interface Caller {
  send<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>
  upload(purpose: string, contentType: string, bytes: Buffer): Promise<string>
}

const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')

function client(deps: Deps, compoundId: string, prefix: string): Client {
  const app = createApp(allRoutes, deps)
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const json = (await res.json()) as Record<string, unknown>
    if (!res.ok) throw new Error(`demo seed: ${method} ${path} → ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const base = `/v1/compounds/${compoundId}`
  return {
    async as(persona) {
      const session = await call('POST', '/v1/auth/dev', null, { personaId: `${prefix}${persona}` })
      const token = String(session.token)
      const send = async <T>(method: string, path: string, body?: unknown) =>
        (await call(method, `${base}${path}`, token, body)) as T
      return {
        send,
        async upload(purpose, contentType, bytes) {
          const ticket = await send<{ key: string }>('POST', '/uploads', { purpose, contentType, size: bytes.length })
          await storeFile(deps.files, ticket.key, contentType, bytes, deps.clock())
          return ticket.key
        },
      }
    },
  }
}

interface TicketPlan {
  by: string
  key: string
  category: string
  location: Record<string, unknown>
  description: string
  /** Steps after the report, each by a persona: an action body for tickets.act. */
  steps: Array<[string, Record<string, unknown>]>
}

/** One report per state a person meets: waiting, taken, on site, waiting on the resident, fixed, closed, escalated. */
const TICKETS: TicketPlan[] = [
  {
    by: 'resident',
    key: 'seed-ticket-corridor-light',
    category: 'repair',
    location: { kind: 'building', buildingId: 'b1', entrance: '1', floor: 3 },
    description: '1号楼1单元3楼楼道灯不亮，晚上上下楼看不清台阶。',
    steps: [],
  },
  {
    by: 'owner',
    key: 'seed-ticket-garage-water',
    category: 'water_power',
    location: { kind: 'building', buildingId: 'b1' },
    description: '1号楼地下车库入口排水沟堵了，下雨后积水没过脚踝。',
    steps: [['grid-a', { type: 'claim' }]],
  },
  {
    by: 'co-owner',
    key: 'seed-ticket-lift-noise',
    category: 'lift',
    location: { kind: 'building', buildingId: 'b2', entrance: '1' },
    description: '2号楼1单元电梯运行时有异响，停靠时抖动明显。',
    steps: [
      ['grid-a', { type: 'claim' }],
      ['grid-a', { type: 'contact' }],
      ['grid-a', { type: 'arrive' }],
    ],
  },
  {
    by: 'resident',
    key: 'seed-ticket-window',
    category: 'repair',
    location: { kind: 'building', buildingId: 'b1', entrance: '2', floor: 5 },
    description: '1号楼2单元5楼楼道窗户玻璃裂了，风大时晃动。',
    steps: [
      ['grid-a', { type: 'claim' }],
      ['grid-a', { type: 'wait_on_resident', reason: '需住户在家时上门测量窗框尺寸，已约周六上午' }],
    ],
  },
  {
    by: 'resident',
    key: 'seed-ticket-door-lock',
    category: 'repair',
    location: { kind: 'building', buildingId: 'b2', entrance: '2' },
    description: '2号楼2单元门禁刷卡没反应，单元门关不上。',
    steps: [
      ['grid-a', { type: 'claim' }],
      ['grid-a', { type: 'contact' }],
      ['grid-a', { type: 'arrive' }],
      ['grid-a', { type: 'resolve', note: '更换门禁读卡器和闭门器，已测试刷卡开门正常。', photo: true }],
    ],
  },
  {
    by: 'owner',
    key: 'seed-ticket-greening',
    category: 'greening',
    location: { kind: 'building', buildingId: 'b2' },
    description: '2号楼前的灌木长到步道上，老人散步容易被绊到。',
    steps: [
      ['grid-a', { type: 'claim' }],
      ['grid-a', { type: 'contact' }],
      ['grid-a', { type: 'arrive' }],
      ['grid-a', { type: 'resolve', note: '已修剪步道两侧灌木，清运枝叶。', photo: true }],
      ['owner', { type: 'confirm' }],
      ['owner', { type: 'rate', rating: { score: 5, comment: '处理得很快，谢谢！' } }],
    ],
  },
  {
    by: 'resident',
    key: 'seed-ticket-noise',
    category: 'noise',
    location: { kind: 'public', name: '东门外广场' },
    description: '东门外广场每晚十点后还有人放音乐跳舞，影响休息。',
    steps: [['staff', { type: 'escalate', to: 'community', reason: '广场在小区外，需社区协调管理' }]],
  },
]

async function seedTickets(c: Client): Promise<void> {
  for (const plan of TICKETS) {
    const reporter = await c.as(plan.by)
    const photoKey = await reporter.upload('ticket_photo', 'image/jpeg', JPEG)
    const created = await reporter.send<{ ticket: { ticketId: string } }>('POST', '/tickets', {
      category: plan.category,
      location: plan.location,
      description: plan.description,
      photoKeys: [photoKey],
      idempotencyKey: plan.key,
    })
    for (const [persona, step] of plan.steps) {
      const actor = await c.as(persona)
      const { photo, ...action } = step
      const body = photo ? { ...action, photoKeys: [await actor.upload('ticket_photo', 'image/jpeg', JPEG)] } : action
      await actor.send('POST', `/tickets/${created.ticket.ticketId}/actions`, body)
    }
  }
}

/** 林晓 asks to be recorded as owner of 2-2-602 with a photo of her certificate; the committee has not decided. */
async function seedPendingBinding(c: Client): Promise<void> {
  const linxiao = await c.as('newcomer')
  const evidenceKey = await linxiao.upload('binding_evidence', 'image/png', demoPagePng())
  await linxiao.send('POST', '/bindings', {
    unitId: 'b2-2-602',
    claimedName: '林晓',
    relation: 'owner',
    evidenceKey,
    idempotencyKey: 'seed-binding-linxiao',
  })
}

/** 孙丽 asks to pay for the fire pump repair (above the one-signature limit); 周明 approved, 吴红 has not yet. */
async function seedExpenseAwaitingSecond(c: Client): Promise<void> {
  const staff = await c.as('staff')
  const quote = await demoDocumentPdf('维修报价单', [
    ['报价单位', '杭州消安消防工程有限公司'],
    ['项目', '2号楼消防稳压泵更换机械密封及轴承'],
    ['金额', '¥12,800.00'],
  ])
  const contract = await demoDocumentPdf('维修合同', [
    ['甲方', '和谐家园业主大会（信托账户）'],
    ['乙方', '杭州消安消防工程有限公司'],
    ['内容', '2号楼消防稳压泵维修，质保一年'],
  ])
  const expense = await staff.send<{ expenseId: string }>('POST', '/ledger/expenses', {
    category: 'E2',
    amountFen: 1_280_000,
    counterparty: '杭州消安消防工程有限公司',
    memo: '2号楼消防稳压泵维修',
    evidence: [
      { kind: 'invoice', key: await staff.upload('receipt', 'application/pdf', quote) },
      { kind: 'contract', key: await staff.upload('receipt', 'application/pdf', contract) },
    ],
    idempotencyKey: 'seed-expense-fire-pump',
  })
  const zhouming = await c.as('committee')
  await zhouming.send('POST', `/ledger/expenses/${expense.expenseId}/approvals`, {})
}

const NARRATIVE = (month: string) => ({
  servicesDone:
    `${month} 完成电梯月度维保 6 台次、消防设施月检 1 次、绿化修剪 2 次；处理住户报修，平均 1 天内办结。` +
    '每周三对公共区域进行消杀。',
  nextMonthPlan: '下月计划：更换1号楼地下车库照明为感应灯；对各楼栋雨水管进行疏通；配合社区开展消防演练。',
})

/** The committee drafts, writes and publishes the two months the demo books cover, as 月度报告 does. */
async function seedReports(c: Client, now: Date): Promise<void> {
  const zhouming = await c.as('committee')
  const last = shiftMonth(shanghaiMonth(now), -1)
  for (const month of [shiftMonth(last, -1), last]) {
    const draft = await zhouming.send<{ version: number }>('POST', `/reports/${month}/draft`)
    await zhouming.send('PUT', `/reports/${month}/versions/${draft.version}/narrative`, {
      narrative: NARRATIVE(month),
    })
    await zhouming.send('POST', `/reports/${month}/versions/${draft.version}/publish`, {})
  }
}

const DISCLOSURE: Array<{ section: string; content: string; persons?: Array<Record<string, string>> }> = [
  {
    section: 'company',
    content: '和谐物业服务有限公司，统一社会信用代码 91330100MA2XXXXXX1，物业服务合同期 2025-01-01 至 2027-12-31。',
    persons: [
      { duty: '项目经理', name: '孙丽', workContact: '0571-86000001' },
      { duty: '客服主管', name: '何敏', workContact: '0571-86000000' },
    ],
  },
  {
    section: 'service_standards',
    content: '执行《杭州市住宅小区物业服务标准》二级：保洁每日两次，秩序维护 24 小时值守，报修 30 分钟内响应。',
  },
  {
    section: 'fee_standards',
    content: '住宅物业服务费 2.50 元/㎡·月，按建筑面积计收；地面车位管理费 80 元/月；收费依据：物业服务合同第五条。',
  },
  {
    section: 'contractors',
    content:
      '电梯维保：杭州安达电梯有限公司（合同至 2026-12-31）；消防维保：杭州消安消防工程有限公司（合同至 2027-06-30）。',
  },
  {
    section: 'public_income',
    content: '公共收益来源：地面共有车位停车费分成、电梯轿厢广告、快递柜场地使用费；逐笔明细见“账本”。',
  },
  {
    section: 'maintenance_fund',
    content: '专项维修资金按楼栋分户核算；本年度已表决使用 1 项（3号楼屋面防水），使用明细见“账本”。',
  },
]

async function seedDisclosure(c: Client): Promise<void> {
  const staff = await c.as('staff')
  for (const item of DISCLOSURE)
    await staff.send('PUT', `/disclosure/${item.section}`, {
      content: item.content,
      persons: item.persons ?? [],
      expectedVersion: 0,
    })
}

/**
 * The three parties on record (G1), entered by the community admin as on the 三方共治 page: the Party branch
 * with 刘建华 as secretary (he confirms joint-meeting minutes for it) and the property company's contract.
 */
async function seedGovernance(c: Client, prefix: string): Promise<void> {
  const admin = await c.as('admin')
  await admin.send('PUT', '/governance/parties/party-branch', {
    record: {
      name: '和谐家园党支部',
      secretary: { name: '刘建华', userId: `${prefix}u-party` },
      members: [
        { name: '周明', post: '业委会先锋岗' },
        { name: '陈静', post: '网格先锋岗' },
        { name: '李建国', post: '楼道长先锋岗' },
      ],
    },
    reason: '社区党委批复成立小区党支部',
    expectedVersion: 0,
  })
  await admin.send('PUT', '/governance/parties/company', {
    record: {
      name: '杭州安居物业服务有限公司',
      contractStart: '2025-01-01',
      contractEnd: '2027-12-31',
      workPhone: '0571-86000000',
    },
    reason: '登记现行物业服务合同',
    expectedVersion: 0,
  })
}

/**
 * The committee on record (G1): 郑强 records 周明 and 吴红 from the street's filing (备案回执) as 三方共治 does, so
 * the street console's committee coverage (S5) follows from the record, not from a typed figure. The term runs
 * from last June for five years, so it is current whenever the demo is seeded.
 */
async function seedCommitteeFiling(c: Client, prefix: string, now: Date): Promise<void> {
  const admin = await c.as('admin')
  const year = Number(shanghaiMonth(now).slice(0, 4))
  const termStart = `${year - 1}-06-01`
  const termEnd = `${year + 4}-05-31`
  const receipt = await demoDocumentPdf('业主委员会备案回执', [
    ['备案机关', '朝晖街道办事处'],
    ['小区', '和谐家园'],
    ['委员', '周明（主任）、吴红'],
    ['任期', `${termStart} 至 ${termEnd}`],
  ])
  await admin.send('POST', '/committee/filings', {
    userIds: [`${prefix}u-committee`, `${prefix}u-committee-2`],
    documentKey: await admin.upload('filing_document', 'application/pdf', receipt),
    termStart,
    termEnd,
    reason: '街道备案回执登记本届业委会',
  })
}

/**
 * A problem left waiting past its deadline, for the joint meeting's agenda (G2): reported three days before
 * `now` (the clock turned back only while it is made), then flagged overdue by the same SLA sweep that runs
 * every five minutes.
 */
async function seedOverdueTicket(c: Client, deps: Deps, compoundId: string, now: Date): Promise<void> {
  const clock = deps.clock
  deps.clock = () => new Date(now.getTime() - 3 * 86_400_000)
  try {
    const owner = await c.as('owner')
    const photoKey = await owner.upload('ticket_photo', 'image/jpeg', JPEG)
    await owner.send('POST', '/tickets', {
      category: 'repair',
      location: { kind: 'building', buildingId: 'b3' },
      description: '3号楼电梯三天两头停运，楼上老人下不了楼。',
      photoKeys: [photoKey],
      idempotencyKey: 'seed-ticket-lift-overdue',
    })
  } finally {
    deps.clock = clock
  }
  await runSlaSweep(deps, { compoundIds: [compoundId] })
}

/** This month's bills, issued on the 1st and not paid yet: 李建国 can pay his in the app (F12). */
async function seedThisMonthsBills(c: Client, now: Date): Promise<void> {
  const staff = await c.as('staff')
  await staff.send('POST', '/ledger/bills/generate', { period: shanghaiMonth(now) })
}

export async function seedDemoActivity(
  deps: Deps,
  options: { compoundId: string; prefix?: string; now?: Date },
): Promise<{ seeded: boolean }> {
  const c = client(deps, options.compoundId, options.prefix ?? '')
  const owner = await c.as('owner')
  const mine = await owner.send<{ reported: unknown[] }>('GET', '/tickets/mine')
  if (mine.reported.length > 0) return { seeded: false }
  await seedTickets(c)
  await seedPendingBinding(c)
  await seedExpenseAwaitingSecond(c)
  await seedReports(c, options.now ?? deps.clock())
  await seedDisclosure(c)
  await seedOverdueTicket(c, deps, options.compoundId, options.now ?? deps.clock())
  await seedGovernance(c, options.prefix ?? '')
  await seedCommitteeFiling(c, options.prefix ?? '', options.now ?? deps.clock())
  await seedThisMonthsBills(c, options.now ?? deps.clock())
  await seedNeighbours(c, options.prefix ?? '')
  return { seeded: true }
}
