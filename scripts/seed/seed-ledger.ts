import { randomBytes } from 'node:crypto'
import {
  approveBudget,
  createProject,
  approveExpense,
  closeMonth,
  generateBills,
  importStatement,
  pledgeProject,
  postOpeningBalance,
  proposeBudget,
  proposeExpense,
  recordContribution,
  recordPayment,
  recordPublicIncome,
} from '@jiayuan/api'
import {
  getCompound,
  getMeetingRecord,
  listProjects,
  publishCheckpoint,
  readChainHead,
  readRoll,
  type Db,
} from '@jiayuan/db'
import {
  DAY_MS,
  shanghaiMonth,
  formatYuan,
  propertyFeeHalfUp,
  shiftMonth,
  toCsv,
  shanghaiInstant,
} from '@jiayuan/domain'
import type { ExpenseCategory, LedgerMonth } from '@jiayuan/contracts'
import type { Deps } from '@jiayuan/api'
import { demoDocumentPdf, storeFile } from './demo-files'

/** Beijing wall-clock time in `month` as a UTC instant. */
const at = (month: LedgerMonth, day: number, hour: number) =>
  shanghaiInstant(`${month}-${String(day).padStart(2, '0')} ${String(hour).padStart(2, '0')}:00`)
const dateOf = (month: LedgerMonth, day: number) => `${month}-${String(day).padStart(2, '0')}`

/** A small deterministic hash, so the same units "pay late" on every machine. */
function hash(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0
  return h
}

const EXPENSES: Array<{ category: ExpenseCategory; fen: number; counterparty: string; memo: string }> = [
  { category: 'E1', fen: 2_860_000, counterparty: '和谐物业服务有限公司', memo: '物业服务人员工资及社保' },
  { category: 'E3', fen: 780_000, counterparty: '杭州洁美保洁服务有限公司', memo: '保洁外包服务费' },
  { category: 'E10', fen: 462_050, counterparty: '国网杭州供电公司', memo: '公共区域电费' },
  { category: 'E2', fen: 360_000, counterparty: '杭州安达电梯有限公司', memo: '电梯月度维保（6台）' },
  { category: 'E4', fen: 290_000, counterparty: '杭州绿源园林工程有限公司', memo: '绿化养护' },
]

const BUDGET: Array<{ category: ExpenseCategory; annualFen: number }> = [
  { category: 'E1', annualFen: 36_000_000 },
  { category: 'E2', annualFen: 8_000_000 },
  { category: 'E3', annualFen: 9_600_000 },
  { category: 'E4', annualFen: 4_000_000 },
  { category: 'E5', annualFen: 6_000_000 },
  { category: 'E6', annualFen: 600_000 },
  { category: 'E10', annualFen: 6_000_000 },
  { category: 'E11', annualFen: 3_600_000 },
]

const PUBLIC_INCOME = [
  {
    category: 'parking' as const,
    fen: 680_000,
    counterparty: '和谐停车管理有限公司',
    memo: '地面共有车位停车费分成',
    day: 5,
  },
  {
    category: 'advertising' as const,
    fen: 150_000,
    counterparty: '分众传媒（杭州）有限公司',
    memo: '电梯轿厢广告位租金',
    day: 8,
  },
  {
    category: 'other_public' as const,
    fen: 30_000,
    counterparty: '丰巢科技有限公司',
    memo: '快递柜场地使用费',
    day: 20,
  },
]

/** The invoice and the acceptance record of one demo expense, as the property company would scan them. */
async function storeExpenseEvidence(
  files: Deps['files'],
  key: string,
  e: (typeof EXPENSES)[number],
  month: LedgerMonth,
  now: Date,
): Promise<void> {
  const amount = `¥${formatYuan(e.fen)}`
  const invoice = await demoDocumentPdf('增值税电子普通发票', [
    ['销售方', e.counterparty],
    ['购买方', '和谐家园业主大会（信托账户）'],
    ['项目', `${e.memo}（${month}）`],
    ['价税合计', amount],
  ])
  const acceptance = await demoDocumentPdf('服务验收记录', [
    ['服务单位', e.counterparty],
    ['服务内容', `${e.memo}（${month}）`],
    ['验收结论', '合格，同意付款'],
    ['验收人', '业委会委员、物业项目经理'],
  ])
  await storeFile(files, `${key}-invoice.pdf`, 'application/pdf', invoice, now)
  await storeFile(files, `${key}-acceptance.pdf`, 'application/pdf', acceptance, now)
}

interface StatementRow {
  date: string
  amountFen: number
  reference: string
  counterparty: string
  memo: string
}

/**
 * Two months of demo books for the demo compound (issue #5), ending with the month before `now`: opening
 * balances, bills for every unit, payments for most of them (some late or missing), the usual monthly
 * expenses proposed by 孙丽 and approved by 周明 and 吴红, public income, month closes (remuneration E11),
 * a bank statement for the later month with a bank charge left unmatched, a budget and a checkpoint.
 * Everything goes through the same repository functions as the API. Seeds once: a ledger that already has
 * entries is left alone. With `files`, every invoice and acceptance record an expense names is stored as a
 * real PDF, so 凭证 open in the demo.
 */
export async function seedDemoLedger(
  db: Db,
  options: { compoundId: string; prefix?: string; now?: Date; files?: Deps['files'] },
): Promise<{ seeded: boolean; entries: number }> {
  const { compoundId } = options
  const p = options.prefix ?? ''
  const now = options.now ?? new Date()
  if ((await readChainHead(db, compoundId)).seq > 0) return { seeded: false, entries: 0 }
  const staff = { userId: `${p}u-staff`, maskedName: '孙*' }
  const approvers = [
    { userId: `${p}u-committee`, maskedName: '周*' },
    { userId: `${p}u-committee-2`, maskedName: '吴*' },
  ]
  const last = shiftMonth(shanghaiMonth(now), -1)
  const months = [shiftMonth(last, -1), last]
  const [roll, compound] = await Promise.all([readRoll(db, compoundId), getCompound(db, compoundId)])
  const rate = compound.settings.feeModel.ratePerSqmFen

  await postOpeningBalance(
    db,
    compoundId,
    {
      memo: '期初余额（接管时银行对账单）',
      legs: [
        { account: 'asset:bank', amountFen: 60_000_000 },
        ...roll.buildings.map((b) => ({
          account: `fund:${b.buildingId}`,
          amountFen: -Math.floor(45_000_000 / roll.buildings.length),
        })),
        { account: 'ledger:public_income', amountFen: -5_000_000 },
        { account: 'ledger:retained', amountFen: -(10_000_000 + (45_000_000 % roll.buildings.length)) },
      ],
    },
    { userId: `${p}u-admin`, at: at(months[0] ?? last, 1, 8) },
  )
  for (const year of new Set([...months, shanghaiMonth(now)].map((m) => Number(m.slice(0, 4))))) {
    // Proposed by one committee member and approved by the other (F7), as on the budget page.
    await proposeBudget(
      db,
      compoundId,
      year,
      { lines: BUDGET, reason: `${year} 年度预算（业主大会通过）`, submit: true },
      { userId: approvers[0]?.userId ?? '', at: at(months[0] ?? last, 1, 9) },
    )
    await approveBudget(db, compoundId, year, 1, {
      userId: approvers[1]?.userId ?? '',
      at: at(months[0] ?? last, 1, 10),
    })
  }

  const payers = new Map(
    roll.ownerships
      .filter((o) => o.isVoter)
      .map((o) => [o.unitId, roll.owners.find((x) => x.ownerId === o.ownerId)?.name ?? '业主']),
  )
  const statement: StatementRow[] = []
  for (const month of months) {
    await generateBills(db, compoundId, month, { userId: staff.userId, at: at(month, 1, 9) })
    const payments = roll.units
      .filter((u) => u.status !== 'undelivered' && hash(`${month}|${u.unitId}`) % 9 !== 0)
      .map((u) => ({ unit: u, day: 3 + (hash(`${u.unitId}|day`) % 22) }))
    for (let i = 0; i < payments.length; i += 40) {
      await Promise.all(
        payments.slice(i, i + 40).map(async ({ unit, day }) => {
          // A bank's own transaction number: nothing in it may point at the unit, as every owner reads it. Letters
          // only after the month, so no run of digits can look like a phone number to the ledger's PII check.
          const reference = `WX${month.replace('-', '')}${[...randomBytes(10)].map((b) => String.fromCharCode(65 + (b % 26))).join('')}`
          const { bill } = await recordPayment(
            db,
            compoundId,
            {
              unitId: unit.unitId,
              period: month,
              amountFen: propertyFeeHalfUp(unit.area, rate),
              valueDate: dateOf(month, day),
              reference,
              idempotencyKey: reference,
            },
            { userId: staff.userId, at: at(month, day, 17) },
          )
          if (month === last)
            statement.push({
              date: dateOf(month, day),
              amountFen: bill.book.amountFen,
              reference,
              counterparty: payers.get(unit.unitId) ?? '业主',
              memo: '物业费',
            })
        }),
      )
    }
    for (const income of PUBLIC_INCOME) {
      const reference = `DEMO-PI-${month}-${income.category}`
      await recordPublicIncome(
        db,
        compoundId,
        {
          ...income,
          amountFen: income.fen,
          valueDate: dateOf(month, income.day),
          reference,
          evidence: [],
          idempotencyKey: reference,
        },
        { userId: staff.userId, at: at(month, income.day, 15) },
      )
      if (month === last)
        statement.push({
          date: dateOf(month, income.day),
          amountFen: income.fen,
          reference,
          counterparty: income.counterparty,
          memo: income.memo,
        })
    }
    await Promise.all(
      EXPENSES.map(async (e, i) => {
        const key = `${compoundId}/receipt/${staff.userId}/demo-${month}-${i}`
        if (options.files) await storeExpenseEvidence(options.files, key, e, month, now)
        const proposed = await proposeExpense(
          db,
          compoundId,
          {
            category: e.category,
            amountFen: e.fen,
            counterparty: e.counterparty,
            memo: `${e.memo} ${month}`,
            evidence: [
              { kind: 'invoice', key: `${key}-invoice.pdf` },
              { kind: 'acceptance', key: `${key}-acceptance.pdf` },
            ],
            idempotencyKey: `demo-expense-${month}-${i}`,
          },
          { ...staff, at: at(month, 10 + i, 10) },
        )
        for (const [k, approver] of approvers.entries()) {
          const done = await approveExpense(db, compoundId, proposed.expenseId, {
            ...approver,
            at: at(month, 11 + i, 10 + k),
          })
          if (done.status === 'posted') break
        }
        if (month === last)
          statement.push({
            date: dateOf(month, 11 + i),
            amountFen: -e.fen,
            reference: '',
            counterparty: e.counterparty,
            memo: e.memo,
          })
      }),
    )
    await closeMonth(db, compoundId, month, { userId: 'scheduler', at: at(shiftMonth(month, 1), 1, 2) })
  }
  statement.push({
    date: dateOf(last, 28),
    amountFen: -2_500,
    reference: '',
    counterparty: '中国银行杭州朝晖支行',
    memo: '账户管理费',
  })
  const csv = toCsv([
    ['date', 'amount', 'reference', 'counterparty', 'memo'],
    ...statement.map((r) => [r.date, formatYuan(r.amountFen), r.reference, r.counterparty, r.memo]),
  ])
  await importStatement(db, compoundId, csv, 3, { userId: staff.userId, at: at(shiftMonth(last, 1), 2, 10) })
  await publishCheckpoint(db, compoundId, { userId: 'scheduler', at: now.toISOString() })
  return { seeded: true, entries: (await readChainHead(db, compoundId)).seq }
}

/**
 * The demo's crowdfunded improvement (DOMAIN F13): 2号楼2单元加装电梯, resting on that entrance's passed, final
 * lift vote (seed-assembly.ts, so run after it), ¥480,000 shared by floor coefficient (floors 1–2 nothing, 0.7 at
 * floor 3 rising 0.1 a floor), pledges open for 20 more days; the top four floors' households have pledged on the
 * paper forms the committee collected (so the committee member is who entered them).
 * Nothing when the vote is not there or the project was seeded already.
 */
export async function seedDemoProject(
  db: Db,
  options: { compoundId: string; prefix?: string; now?: Date },
): Promise<{ seeded: boolean; projectId?: string }> {
  const { compoundId } = options
  const p = options.prefix ?? ''
  const now = options.now ?? new Date()
  const meetingId = `${p}mtg-b2-2-lift`
  const meeting = await getMeetingRecord(db, compoundId, meetingId)
  if (meeting?.status !== 'final') return { seeded: false }
  if ((await listProjects(db, compoundId)).some((x) => x.meetingId === meetingId)) return { seeded: false }
  const project = await createProject(
    db,
    compoundId,
    {
      title: '2号楼2单元加装电梯',
      description:
        '北侧加装一部 10 站电梯，总造价 66 万元，政府补贴 18 万元，其余 48 万元由本单元业主集资。施工单位与报价单在物业服务中心公示。',
      scope: { kind: 'entrance', buildingId: 'b2', entrance: '2' },
      targetFen: 48_000_000,
      rule: { kind: 'by_floor', exemptThroughFloor: 2, startCoefficient: 70, step: 10 },
      deadline: new Date(now.getTime() + 20 * DAY_MS).toISOString(),
      meetingId,
      motionId: meeting.motionIds[0] ?? 'm1',
      idempotencyKey: 'demo-project-b2-2-lift',
    },
    { userId: `${p}u-committee`, at: new Date(now.getTime() - 2 * DAY_MS).toISOString() },
  )
  // Every paying household but 吴红's 2-2-401 has pledged its share and paid it at the office: her pledge fills
  // the target, and the project's own fund can then pay (journey lift-crowdfund).
  const at = new Date(now.getTime() - DAY_MS).toISOString()
  const others = project.shares.filter((s) => s.shareFen > 0 && s.unitLabel !== '2-2-401')
  for (const [i, share] of others.entries()) {
    await pledgeProject(
      db,
      compoundId,
      project.projectId,
      { unitId: share.unitId, amountFen: share.shareFen },
      { userId: `${p}u-committee`, at },
    )
    await recordContribution(
      db,
      compoundId,
      project.projectId,
      {
        unitId: share.unitId,
        amountFen: share.shareFen,
        reference: `SJ-2026-${String(101 + i).padStart(4, '0')}`,
        idempotencyKey: `demo-project-receipt-${share.unitId}`,
      },
      { userId: `${p}u-staff`, at },
    )
  }
  return { seeded: true, projectId: project.projectId }
}
