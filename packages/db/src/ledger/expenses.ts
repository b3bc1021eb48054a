import { createHash } from 'node:crypto'
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { AssemblyAuthorisation, Evidence, ExpenseCategory, ExpenseProposal, JournalEntryDraft } from '@jiayuan/contracts'
import { BANK_ACCOUNT, Conflict, Forbidden, NotFound, RuleViolation, approvalState, assertNoPhoneNumber, evidenceRef, expenseAccount } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { toEntity } from '../items'
import { putIfRevision, revisionPut } from '../put-if-revision'
import { keys } from '../keys'
import { PostingRejected, appendOne } from './chain-appender'
import { checkBudget } from './budget-check'
import { getLedgerSettings } from './policy'

export type StoredExpenseStatus = 'pending' | 'posted' | 'rejected'

export interface ExpenseApprovalRecord {
  memberId: string
  name: string
  approvedAt: string
  overBudgetReason?: string
}

export interface ExpenseRecord {
  expenseId: string
  compoundId: string
  proposerId: string
  proposerName: string
  category: ExpenseCategory
  amountFen: number
  counterparty: string
  memo: string
  evidence: Evidence[]
  status: StoredExpenseStatus
  approvals: ExpenseApprovalRecord[]
  assemblyVote?: AssemblyAuthorisation
  createdAt: string
  version: number
  postedSeq?: number
  rejection?: { by: string; reason: string; at: string }
}

const statusKeys = (e: Pick<ExpenseRecord, 'compoundId' | 'status' | 'createdAt' | 'expenseId'>) => keys.expenseByStatus(e.compoundId, e.status, e.createdAt, e.expenseId)

/** The entry an approved expense posts: debit the heading, credit the bank, with its evidence (F3, F8). */
export const expenseEntryId = (expenseId: string) => `exp_${expenseId}`

export function toProposal(e: ExpenseRecord): ExpenseProposal {
  return {
    expenseId: e.expenseId,
    compoundId: e.compoundId,
    proposerId: e.proposerId,
    category: e.category,
    amountFen: e.amountFen,
    counterparty: e.counterparty,
    memo: e.memo,
    attachments: e.evidence.map(evidenceRef),
    ...(e.assemblyVote ? { assemblyVote: e.assemblyVote } : {}),
  }
}

export async function getExpense(db: Db, compoundId: string, expenseId: string): Promise<ExpenseRecord | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.expense(compoundId, expenseId), ConsistentRead: true }))
  return toEntity<ExpenseRecord>(out.Item)
}

/** Expenses newest first: of one stored status (GSI1), or all (GSI2). */
export async function listExpenses(db: Db, compoundId: string, status?: StoredExpenseStatus, limit = 200): Promise<ExpenseRecord[]> {
  const index = status ? { IndexName: 'GSI1', pk: 'GSI1PK', value: keys.expenseByStatus(compoundId, status, '', '').GSI1PK } : { IndexName: 'GSI2', pk: 'GSI2PK', value: keys.expenseByTime(compoundId, '', '').GSI2PK }
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, IndexName: index.IndexName, KeyConditionExpression: `${index.pk} = :pk`, ExpressionAttributeValues: { ':pk': index.value }, ScanIndexForward: false, Limit: limit }),
  )
  return (out.Items ?? []).map((i) => toEntity<ExpenseRecord>(i) as ExpenseRecord)
}

export interface ProposeInput {
  category: ExpenseCategory
  amountFen: number
  counterparty: string
  memo: string
  evidence: Evidence[]
  idempotencyKey: string
}

/** The property company proposes a payment out of the account (F3); a retried request returns the first. */
export async function proposeExpense(db: Db, compoundId: string, input: ProposeInput, proposer: { userId: string; maskedName: string; at: string }): Promise<ExpenseRecord> {
  assertNoPhoneNumber(input.counterparty, 'body.counterparty')
  assertNoPhoneNumber(input.memo, 'body.memo')
  const expenseId = `x_${createHash('sha256').update(`${compoundId}|${proposer.userId}|${input.idempotencyKey}`).digest('hex').slice(0, 24)}`
  const record: ExpenseRecord = {
    expenseId,
    compoundId,
    proposerId: proposer.userId,
    proposerName: proposer.maskedName,
    category: input.category,
    amountFen: input.amountFen,
    counterparty: input.counterparty,
    memo: input.memo,
    evidence: input.evidence,
    status: 'pending',
    approvals: [],
    createdAt: proposer.at,
    version: 0,
  }
  const item = { ...keys.expense(compoundId, expenseId), ...statusKeys(record), ...keys.expenseByTime(compoundId, record.createdAt, expenseId), type: 'ledger_expense', ...record }
  const event = eventPut(db, { compoundId, action: 'ledger.expense_proposed', actorId: proposer.userId, at: proposer.at, subject: expenseId, data: { category: input.category, amountFen: input.amountFen } })
  if (await putIfRevision(db, { item, expected: undefined }, [event])) return record
  const existing = await getExpense(db, compoundId, expenseId)
  if (!existing) throw new Error('proposeExpense: refused, yet no expense is stored under its id')
  return existing
}

/** Moves an expense on from exactly the version read, together with its event; false when someone was first. */
async function updateExpense(db: Db, before: ExpenseRecord, after: ExpenseRecord, event: Parameters<typeof eventPut>[1]): Promise<boolean> {
  return putIfRevision(db, expenseRevision(before, after), [eventPut(db, event)])
}

function expenseRevision(before: ExpenseRecord, after: ExpenseRecord) {
  const item = { ...keys.expense(after.compoundId, after.expenseId), ...statusKeys(after), ...keys.expenseByTime(after.compoundId, after.createdAt, after.expenseId), type: 'ledger_expense', ...after }
  return { item, expected: before.version }
}

function mustBePending(e: ExpenseRecord | undefined): ExpenseRecord {
  if (!e) throw new NotFound('支出申请')
  if (e.status !== 'pending') throw new Conflict('ExpenseNotPending', e.status === 'posted' ? '这笔支出已审批入账' : '这笔支出已被驳回')
  return e
}

/**
 * A committee member approves (F3). The approver is never the proposer (403). Once the approvals reach what
 * the policy asks for at this amount, the same transaction that records the last approval posts the entry,
 * conditioned on the version read: two approvals at once, or one sent twice, post exactly once.
 */
export async function approveExpense(
  db: Db,
  compoundId: string,
  expenseId: string,
  approver: { userId: string; maskedName: string; at: string; overBudgetReason?: string },
): Promise<ExpenseRecord> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const current = await getExpense(db, compoundId, expenseId)
    if (current && current.proposerId === approver.userId) throw new Forbidden('发起人不能审批自己发起的支出')
    if (current?.approvals.some((a) => a.memberId === approver.userId)) throw new Conflict('AlreadyApproved', '你已经审批过这笔支出')
    const expense = mustBePending(current)
    const settings = await getLedgerSettings(db, compoundId)
    const approval: ExpenseApprovalRecord = { memberId: approver.userId, name: approver.maskedName, approvedAt: approver.at, ...(approver.overBudgetReason ? { overBudgetReason: approver.overBudgetReason } : {}) }
    const approvals = [...expense.approvals, approval]
    const state = approvalState(toProposal(expense), approvals.map((a) => ({ expenseId, memberId: a.memberId, approvedAt: a.approvedAt })), settings.policy.approval)
    if (state === 'blocked_needs_assembly') {
      throw new RuleViolation('NeedsAssemblyVote', '金额超过业主大会授权限额，须先附上已通过的业主大会表决（第5或第9类事项）')
    }
    const event = { compoundId, action: 'ledger.expense_approved', actorId: approver.userId, at: approver.at, subject: expenseId, ...(approver.overBudgetReason ? { reason: approver.overBudgetReason } : {}) }
    if (state === 'pending') {
      if (await updateExpense(db, expense, { ...expense, approvals, version: expense.version + 1 }, event)) return { ...expense, approvals, version: expense.version + 1 }
      continue
    }
    await checkBudget(db, compoundId, expense, approver)
    const draft: JournalEntryDraft = {
      entryId: expenseEntryId(expenseId),
      compoundId,
      postedAt: approver.at,
      kind: 'expense',
      memo: expense.memo,
      counterparty: expense.counterparty,
      legs: [
        { account: expenseAccount(expense.category), amountFen: expense.amountFen },
        { account: BANK_ACCOUNT, amountFen: -expense.amountFen },
      ],
      attachments: expense.evidence.map(evidenceRef),
    }
    try {
      let posted: ExpenseRecord = expense
      const result = await appendOne(db, compoundId, {
        draft,
        actorId: approver.userId,
        with: (entry) => {
          posted = { ...expense, approvals, status: 'posted', postedSeq: entry.seq, version: expense.version + 1 }
          return [revisionPut(db, expenseRevision(expense, posted)), eventPut(db, { ...event, data: { seq: entry.seq, amountFen: expense.amountFen } })]
        },
      })
      if (result.created) return posted
      const after = await getExpense(db, compoundId, expenseId)
      if (after?.approvals.some((a) => a.memberId === approver.userId)) return after
      throw new Conflict('ExpenseNotPending', '这笔支出已审批入账')
    } catch (err) {
      if (!(err instanceof PostingRejected)) throw err
    }
  }
  throw new Conflict('ExpenseBusy', '审批正忙，请稍后重试')
}

/**
 * Attaches the owners' vote that authorises a payment above the assembly limit (F3: matter type 5 or 9).
 * The assembly module is not there yet to confirm the motion, so a committee member attests it and the
 * attestation is kept (who, when) and shown; `verified` turns true once the motion can be checked.
 */
export async function attachMotion(
  db: Db,
  compoundId: string,
  expenseId: string,
  motion: { motionId: string; matterType: number; verified: boolean },
  member: { userId: string; at: string },
): Promise<ExpenseRecord> {
  if (![5, 9].includes(motion.matterType)) throw new RuleViolation('MotionNotAuthorising', '只有第5类（使用维修资金）或第9类（其他重大事项）表决可授权支出', { field: 'body.matterType' })
  const expense = mustBePending(await getExpense(db, compoundId, expenseId))
  if (expense.proposerId === member.userId) throw new Forbidden('发起人不能为自己的支出附上授权')
  const assemblyVote = { motionId: motion.motionId, matterType: motion.matterType, passed: true, attestedBy: member.userId, attestedAt: member.at, verified: motion.verified } as AssemblyAuthorisation
  const after = { ...expense, assemblyVote, version: expense.version + 1 }
  const event = { compoundId, action: 'ledger.expense_motion_attached', actorId: member.userId, at: member.at, subject: expenseId, data: { motionId: motion.motionId, matterType: motion.matterType } }
  if (!(await updateExpense(db, expense, after, event))) throw new Conflict('ExpenseChanged', '支出申请刚被改动，请刷新后重试')
  return after
}

export async function rejectExpense(db: Db, compoundId: string, expenseId: string, member: { userId: string; at: string; reason: string }): Promise<ExpenseRecord> {
  const expense = mustBePending(await getExpense(db, compoundId, expenseId))
  const after: ExpenseRecord = { ...expense, status: 'rejected', rejection: { by: member.userId, reason: member.reason, at: member.at }, version: expense.version + 1 }
  const event = { compoundId, action: 'ledger.expense_rejected', actorId: member.userId, at: member.at, subject: expenseId, reason: member.reason }
  if (!(await updateExpense(db, expense, after, event))) throw new Conflict('ExpenseChanged', '支出申请刚被改动，请刷新后重试')
  return after
}
