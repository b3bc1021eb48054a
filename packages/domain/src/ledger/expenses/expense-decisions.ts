import type {
  AssemblyAuthorisation,
  Evidence,
  ExpenseApprovalPolicy,
  ExpenseCategory,
  JournalEntryDraft,
} from '@jiayuan/contracts'
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../errors'
import type { Authority } from './assembly-authority'
import { BANK_ACCOUNT, expenseAccount, projectAccount } from '../chart'
import { approvalState } from './dual-control'
import { evidenceRef } from '../evidence'
import { assertNoPhoneNumber } from '../personal-text'
import { fundPayoutLegs, type FundAllocation } from './fund-payout'
import { expenseEntryId, toProposal, type ExpenseApprovalRecord, type ExpenseRecord } from './expense-record'

export interface ExpenseInput {
  category: ExpenseCategory
  amountFen: number
  counterparty: string
  memo: string
  evidence: Evidence[]
  /** F11: paid from the maintenance fund, F13: from a project's fund (absent or `operating`: the operating account). */
  source?: 'operating' | 'maintenance_fund' | 'project'
}

/** A new proposal by the property company (F3); what is public must name no person (F5). */
export function planProposal(
  expenseId: string,
  compoundId: string,
  input: ExpenseInput,
  proposer: { userId: string; maskedName: string; at: string },
  project?: { projectId: string; title: string },
): ExpenseRecord {
  assertNoPhoneNumber(input.counterparty, 'body.counterparty')
  assertNoPhoneNumber(input.memo, 'body.memo')
  if (input.source === 'project' && !project)
    throw new RuleViolation('ProjectMissing', '从众筹项目资金支出，须选择项目', { field: 'body.projectId' })
  return {
    expenseId,
    compoundId,
    proposerId: proposer.userId,
    proposerName: proposer.maskedName,
    category: input.category,
    amountFen: input.amountFen,
    counterparty: input.counterparty,
    memo: input.memo,
    evidence: input.evidence,
    ...(input.source === 'maintenance_fund' ? { source: 'maintenance_fund' as const } : {}),
    ...(input.source === 'project' && project ? { source: 'project' as const, project } : {}),
    status: 'pending',
    approvals: [],
    createdAt: proposer.at,
    version: 0,
  }
}

export function mustBePending(e: ExpenseRecord | undefined): ExpenseRecord {
  if (!e) throw new NotFound('支出申请')
  if (e.status !== 'pending')
    throw new Conflict('ExpenseNotPending', e.status === 'posted' ? '这笔支出已审批入账' : '这笔支出已被驳回')
  return e
}

export interface Approver {
  userId: string
  maskedName: string
  at: string
  overBudgetReason?: string
}

/** An expense as read and as it is to be written. */
export interface ExpenseChange {
  expense: ExpenseRecord
  after: ExpenseRecord
}

/** What one approval does: records it and waits for more, or is the last one and posts the entry. */
export type ApprovalPlan =
  | ({ kind: 'record' } & ExpenseChange)
  | { kind: 'post'; expense: ExpenseRecord; approvals: ExpenseApprovalRecord[]; draft: JournalEntryDraft }

/**
 * A committee member approves (F3). The approver is never the proposer (403) and approves once; above the
 * assembly limit nothing is approved until a passed owners' vote is attached. The approval that reaches what
 * the policy asks for at this amount posts the entry (the caller checks the budget first, F7).
 */
export function planApproval(
  current: ExpenseRecord | undefined,
  approver: Approver,
  policy: ExpenseApprovalPolicy,
): ApprovalPlan {
  if (current && current.proposerId === approver.userId) throw new Forbidden('发起人不能审批自己发起的支出')
  if (current?.approvals.some((a) => a.memberId === approver.userId))
    throw new Conflict('AlreadyApproved', '你已经审批过这笔支出')
  const expense = mustBePending(current)
  if (expense.source === 'maintenance_fund' && !expense.fund) throw needsFundVote()
  const approval: ExpenseApprovalRecord = {
    memberId: approver.userId,
    name: approver.maskedName,
    approvedAt: approver.at,
    ...(approver.overBudgetReason ? { overBudgetReason: approver.overBudgetReason } : {}),
  }
  const approvals = [...expense.approvals, approval]
  // F13: the scope's owners already consented to the project by their type-7 vote (V14), which is what its
  // fund was raised for; its payments need the committee's N of M, never a second owners' vote.
  const project = expense.source === 'project' ? expense.project : undefined
  const state = approvalState(
    toProposal(expense),
    approvals.map((a) => ({ expenseId: expense.expenseId, memberId: a.memberId, approvedAt: a.approvedAt })),
    project ? { ...policy, assemblyAboveFen: Number.MAX_SAFE_INTEGER } : policy,
  )
  if (state === 'blocked_needs_assembly') {
    throw new RuleViolation(
      'NeedsAssemblyVote',
      '金额超过业主大会授权限额，须先附上已通过的业主大会表决（第5或第9类事项）',
    )
  }
  if (state === 'pending')
    return { kind: 'record', expense, after: { ...expense, approvals, version: expense.version + 1 } }
  const draft: JournalEntryDraft = {
    entryId: expenseEntryId(expense.expenseId),
    compoundId: expense.compoundId,
    postedAt: approver.at,
    kind: expense.fund ? 'fund_payout' : project ? 'project_expense' : 'expense',
    memo: expense.memo,
    counterparty: expense.counterparty,
    // F11: a fund payout debits each charged building's fund; F13: a project's payment debits its own fund;
    // anything else debits its heading (F8).
    legs: expense.fund
      ? fundPayoutLegs(expense.fund.charges)
      : project
        ? [
            { account: projectAccount(project.projectId), amountFen: expense.amountFen },
            { account: BANK_ACCOUNT, amountFen: -expense.amountFen },
          ]
        : [
            { account: expenseAccount(expense.category), amountFen: expense.amountFen },
            { account: BANK_ACCOUNT, amountFen: -expense.amountFen },
          ],
    attachments: expense.evidence.map(evidenceRef),
  }
  return { kind: 'post', expense, approvals, draft }
}

/** The expense once its entry is on the chain at `seq`. */
export function postedExpense(plan: Extract<ApprovalPlan, { kind: 'post' }>, seq: number): ExpenseRecord {
  return {
    ...plan.expense,
    approvals: plan.approvals,
    status: 'posted',
    postedSeq: seq,
    version: plan.expense.version + 1,
  }
}

/**
 * Attaches the owners' vote that authorises a payment above the assembly limit (F3), already checked against
 * the sealed final result (`assertAuthority`), by a committee member other than the proposer. Attaching the
 * same motion again changes nothing; `released` is the motion this one replaces, to be freed.
 */
export function planMotion(
  current: ExpenseRecord | undefined,
  authority: Authority,
  member: { userId: string; at: string },
  fund?: FundAllocation,
): ExpenseChange & { released?: AssemblyAuthorisation; unchanged: boolean } {
  const expense = mustBePending(current)
  if (expense.proposerId === member.userId) throw new Forbidden('发起人不能为自己的支出附上授权')
  const held = expense.assemblyVote
  if (held && held.meetingId === authority.meetingId && held.motionId === authority.motionId)
    return { expense, after: expense, unchanged: true }
  const assemblyVote: AssemblyAuthorisation = { ...authority, attachedBy: member.userId, attachedAt: member.at }
  return {
    expense,
    after: { ...expense, assemblyVote, ...(fund ? { fund } : {}), version: expense.version + 1 },
    unchanged: false,
    ...(held ? { released: held } : {}),
  }
}

export function planRejection(
  current: ExpenseRecord | undefined,
  member: { userId: string; at: string; reason: string },
): ExpenseChange {
  const expense = mustBePending(current)
  return {
    expense,
    after: {
      ...expense,
      status: 'rejected',
      rejection: { by: member.userId, reason: member.reason, at: member.at },
      version: expense.version + 1,
    },
  }
}

/** F11: a maintenance-fund payout is approved only once the charged owners' passed type-5 vote is attached. */
export const needsFundVote = () =>
  new RuleViolation('NeedsFundVote', '使用专项维修资金须先附上受分摊业主已通过的表决（第5类事项），再审批')

/** An optimistic write that lost: someone changed the expense between the read and the write. */
export const expenseChanged = () => new Conflict('ExpenseChanged', '支出申请刚被改动，请刷新后重试')
