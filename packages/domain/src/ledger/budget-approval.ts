import type { BudgetLine, BudgetState } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'
import { maskName } from '../privacy/mask-name'
import { budgetChanged } from './errors'

/** The budget of a year as stored: the lines in effect (last approved) and at most one proposal beside them. */
export interface StoredBudget {
  year: number
  lines: BudgetLine[]
  version: number
  approvedBy?: string
  /** Masked (P1), kept with the budget so reading it needs no lookup of people. */
  approvedByName?: string
  approvedAt?: string
  proposal?: {
    lines: BudgetLine[]
    state: 'draft' | 'pending'
    proposedBy: string
    proposedByName: string
    proposedAt: string
    reason: string
  }
}

export interface BudgetActor {
  userId: string
  name: string
  at: string
}

export function budgetState(budget: StoredBudget | undefined): BudgetState {
  if (budget?.proposal) return budget.proposal.state
  return budget && budget.lines.length > 0 ? 'approved' : 'none'
}

/**
 * A committee member proposes the year's lines (F7): kept beside the lines in effect, which stay in effect until
 * a second member approves. `submit` false keeps a draft its author can still change.
 */
export function planBudgetProposal(
  before: StoredBudget | undefined,
  year: number,
  input: { lines: BudgetLine[]; reason: string; submit: boolean },
  actor: BudgetActor,
): StoredBudget {
  return {
    year,
    lines: before?.lines ?? [],
    version: (before?.version ?? 0) + 1,
    ...(before?.approvedBy ? { approvedBy: before.approvedBy } : {}),
    ...(before?.approvedByName ? { approvedByName: before.approvedByName } : {}),
    ...(before?.approvedAt ? { approvedAt: before.approvedAt } : {}),
    proposal: {
      lines: input.lines,
      state: input.submit ? 'pending' : 'draft',
      proposedBy: actor.userId,
      proposedByName: maskName(actor.name),
      proposedAt: actor.at,
      reason: input.reason,
    },
  }
}

/**
 * The second committee member approves the submitted proposal, which then takes effect (F7 with F3's dual
 * control: the approver is never the proposer). `readVersion` is the version the approver looked at.
 */
export function planBudgetApproval(
  before: StoredBudget | undefined,
  readVersion: number,
  actor: BudgetActor,
): StoredBudget {
  const proposal = before?.proposal
  if (!before || !proposal || proposal.state !== 'pending') {
    throw new RuleViolation('BudgetNotSubmitted', '没有待审批的预算：须先由一位委员提交', { field: 'year' })
  }
  if (before.version !== readVersion) throw budgetChanged()
  if (proposal.proposedBy === actor.userId) {
    throw new RuleViolation('BudgetApproverIsProposer', '提出预算的委员不能自己审批，须由另一位委员审批', {
      field: 'year',
    })
  }
  return {
    year: before.year,
    lines: proposal.lines,
    version: before.version + 1,
    approvedBy: actor.userId,
    approvedByName: maskName(actor.name),
    approvedAt: actor.at,
  }
}
