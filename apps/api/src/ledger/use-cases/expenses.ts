import { createHash } from 'node:crypto'
import {
  getExpense,
  getLedgerSettings,
  getProject,
  insertExpenseWith,
  releaseProjectFund,
  reserveProjectFund,
  spendProjectFund,
  type TransactItem,
  getMeetingRecord,
  insertExpense,
  motionClaimDelete,
  motionClaimPut,
  motionUsedBy,
  postExpense,
  readBudgetBooks,
  readChainHead,
  readBuildings,
  readRoll,
  saveExpense,
  type Db,
} from '@jiayuan/db'
import {
  Conflict,
  NotFound,
  RuleViolation,
  assertAuthority,
  assertProjectCovers,
  checkProjectSpending,
  fundShort,
  projectFund,
  assertFundCovers,
  assertWithinBudget,
  budgetYearToDate,
  expenseChanged,
  fundAuthorityOf,
  motionInUse,
  planApproval,
  planMotion,
  planProposal,
  planRejection,
  planFundCharges,
  postedExpense,
  type Approver,
  type ExpenseInput,
  type ExpenseRecord,
} from '@jiayuan/domain'

/**
 * The property company proposes a payment out of the account (F3); a retried request returns the first. From a
 * crowdfunded project's fund (F13) only once the project is funded and only what its fund can still spend: the
 * amount is set aside in the project in the transaction that stores the expense, so two proposals at once that
 * together exceed the fund cannot both land (the second: 409).
 */
export async function proposeExpense(
  db: Db,
  compoundId: string,
  input: ExpenseInput & { idempotencyKey: string; projectId?: string },
  proposer: { userId: string; maskedName: string; at: string },
): Promise<ExpenseRecord> {
  const expenseId = `x_${createHash('sha256').update(`${compoundId}|${proposer.userId}|${input.idempotencyKey}`).digest('hex').slice(0, 24)}`
  const event = {
    compoundId,
    action: 'ledger.expense_proposed',
    actorId: proposer.userId,
    at: proposer.at,
    subject: expenseId,
    data: {
      category: input.category,
      amountFen: input.amountFen,
      ...(input.projectId ? { projectId: input.projectId } : {}),
    },
  }
  if (input.projectId && input.source !== 'project')
    throw new RuleViolation('SourceNotProject', '选择了众筹项目，资金来源须为项目资金', { field: 'body.source' })
  if (input.source !== 'project') return insertExpense(db, planProposal(expenseId, compoundId, input, proposer), event)
  const replay = await getExpense(db, compoundId, expenseId)
  if (replay) return replay
  const project = input.projectId ? await getProject(db, compoundId, input.projectId) : undefined
  if (input.projectId && !project) throw new NotFound('众筹项目')
  const record = planProposal(
    expenseId,
    compoundId,
    input,
    proposer,
    project && { projectId: project.projectId, title: project.title },
  )
  if (!project) return record // planProposal refused a project expense without its project
  checkProjectSpending(project, input.amountFen, proposer.at)
  const stored = await insertExpenseWith(db, record, event, [reserveProjectFund(db, project, input.amountFen)])
  if (stored.outcome !== 'refused') return stored.record
  const now = await getProject(db, compoundId, project.projectId)
  throw new Conflict(
    'ProjectFundBusy',
    now
      ? `项目资金刚被其他支出占用：${fundShort(input.amountFen, projectFund(now, proposer.at)).message}`
      : '项目已变动，请刷新后重试',
    { field: 'body.amountFen' },
  )
}

/**
 * A committee member approves (F3, domain `planApproval`). The last approval needed checks the budget (F7)
 * and posts the entry in the transaction that records it; a lost race reads again and decides again.
 */
export async function approveExpense(
  db: Db,
  compoundId: string,
  expenseId: string,
  approver: Approver,
): Promise<ExpenseRecord> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const current = await getExpense(db, compoundId, expenseId)
    const plan = planApproval(current, approver, (await getLedgerSettings(db, compoundId)).policy.approval)
    const event = {
      compoundId,
      action: 'ledger.expense_approved',
      actorId: approver.userId,
      at: approver.at,
      subject: expenseId,
      ...(approver.overBudgetReason ? { reason: approver.overBudgetReason } : {}),
    }
    if (plan.kind === 'record') {
      if (await saveExpense(db, plan.expense, plan.after, event)) return plan.after
      continue
    }
    const fund = plan.expense.fund
    const project = plan.expense.source === 'project' ? plan.expense.project : undefined
    // The maintenance fund is outside the annual operating budget (F7); what it may pay is what each charged
    // building's fund holds, checked on the head the posting is conditioned on (F11). So is a project's fund
    // (F13): the money is the project's, and it pays only what it holds; the project counts it as spent.
    let guard: ((balances: Readonly<Record<string, number>>) => void) | undefined
    let also: TransactItem[] = []
    if (project) {
      const amount = plan.expense.amountFen
      guard = (balances) => assertProjectCovers(project.projectId, amount, balances)
      also = [spendProjectFund(db, compoundId, project.projectId, amount)]
    } else if (fund) {
      const names = new Map((await readBuildings(db, compoundId)).map((b) => [b.buildingId, b.name]))
      guard = (balances) => assertFundCovers(fund.charges, balances, names)
    } else {
      const { year, month, months } = budgetYearToDate(approver.at)
      const { budget, entries } = await readBudgetBooks(db, compoundId, year, months)
      assertWithinBudget(budget, entries, month, plan.expense, approver.overBudgetReason)
    }
    const amountFen = plan.expense.amountFen
    const posting = await postExpense(
      db,
      plan.expense,
      plan.draft,
      (seq) => postedExpense(plan, seq),
      (seq) => ({ ...event, data: { seq, amountFen } }),
      approver.userId,
      guard,
      also,
    )
    if (posting.outcome === 'posted') return posting.record
    if (posting.outcome === 'already_posted') {
      const after = await getExpense(db, compoundId, expenseId)
      if (after?.approvals.some((a) => a.memberId === approver.userId)) return after
      throw new Conflict('ExpenseNotPending', '这笔支出已审批入账')
    }
  }
  throw new Conflict('ExpenseBusy', '审批正忙，请稍后重试')
}

/**
 * Attaches the owners' vote that authorises a payment above the assembly limit (F3), read from the meeting's
 * sealed final result (`assertAuthority`), never from what the caller says. The motion is claimed in the
 * transaction that records it: two expenses racing for one motion, exactly one gets it (`MotionInUse`).
 *
 * A maintenance-fund payout (F11) takes a type-5 vote of any scope instead, and its charges are worked out
 * here, by area over the units of the vote's frozen scope (`planFundCharges`), and checked against what each
 * building's fund holds now (checked again when the last approval posts it).
 */
export async function attachMotion(
  db: Db,
  compoundId: string,
  expenseId: string,
  ref: { meetingId: string; motionId: string },
  member: { userId: string; at: string },
): Promise<ExpenseRecord> {
  const [meeting, current] = await Promise.all([
    getMeetingRecord(db, compoundId, ref.meetingId),
    getExpense(db, compoundId, expenseId),
  ])
  const fromFund = current?.source === 'maintenance_fund'
  const authority = assertAuthority(meeting, ref.motionId, fromFund ? fundAuthorityOf : undefined)
  let fund
  if (fromFund && current && meeting) {
    const [roll, head] = await Promise.all([readRoll(db, compoundId), readChainHead(db, compoundId)])
    const charges = planFundCharges(current.amountFen, roll.units, meeting.scopeUnitIds)
    const names = new Map(roll.buildings.map((b) => [b.buildingId, b.name]))
    assertFundCovers(charges, head.balances, names, 'body.motionId')
    fund = { scopeText: meeting.scopeText ?? '全小区', charges }
  }
  const plan = planMotion(current, authority, member, fund)
  if (plan.unchanged) return plan.after
  const event = {
    compoundId,
    action: 'ledger.expense_motion_attached',
    actorId: member.userId,
    at: member.at,
    subject: expenseId,
    data: { meetingId: authority.meetingId, motionId: authority.motionId, matterType: authority.matterType },
  }
  const motion = { compoundId, ...ref }
  const claim = [
    motionClaimPut(db, motion, expenseId),
    ...(plan.released ? [motionClaimDelete(db, { compoundId, ...plan.released }, expenseId)] : []),
  ]
  if (await saveExpense(db, plan.expense, plan.after, event, claim)) return plan.after
  const holder = await motionUsedBy(db, motion)
  if (holder && holder !== expenseId) throw motionInUse()
  throw expenseChanged()
}

export async function rejectExpense(
  db: Db,
  compoundId: string,
  expenseId: string,
  member: { userId: string; at: string; reason: string },
): Promise<ExpenseRecord> {
  const { expense, after } = planRejection(await getExpense(db, compoundId, expenseId), member)
  // A rejected expense no longer needs its motion: it may back the proposal that replaces this one.
  const held = expense.assemblyVote
  const release = held ? [motionClaimDelete(db, { compoundId, ...held }, expenseId)] : []
  // F13: what a rejected expense had set aside in its project's fund may be spent again.
  if (expense.source === 'project' && expense.project)
    release.push(releaseProjectFund(db, compoundId, expense.project.projectId, expense.amountFen))
  const event = {
    compoundId,
    action: 'ledger.expense_rejected',
    actorId: member.userId,
    at: member.at,
    subject: expenseId,
    reason: member.reason,
  }
  if (!(await saveExpense(db, expense, after, event, release))) throw expenseChanged()
  return after
}
