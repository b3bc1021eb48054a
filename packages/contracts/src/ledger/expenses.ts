// Payments out under dual control (DOMAIN F3): proposals, approvals, the approval policy, the owners' vote.
import { z } from 'zod'
import { MatterType } from '../assembly'
import { AmountFen, AreaCentiSqm, Fen, Id, IdempotencyKey, IsoTime } from '../common'
import { ExpenseCategory } from './accounts'
import { Evidence, EvidenceView } from './entries'

/**
 * The owners' vote that authorises a payment above the assembly limit (F3: matter type 5 or 9), as the ledger
 * read it from the meeting's sealed final result when a committee member attached it. A motion carries no
 * amount of its own (its text names one in words), so one motion backs one expense.
 */
export const AssemblyAuthorisation = z.object({
  meetingId: Id,
  motionId: Id,
  matterType: MatterType,
  meetingTitle: z.string(),
  motionTitle: z.string(),
  /** When the final result was published (V10); a preliminary result never authorises anything. */
  finalAt: IsoTime,
  attachedBy: Id,
  attachedAt: IsoTime,
})
export type AssemblyAuthorisation = z.infer<typeof AssemblyAuthorisation>

/**
 * Where a payment is paid from: the operating account (fees and public income, F3), the maintenance fund
 * (专项维修资金, F11), whose payouts need a passed type-5 vote of the owners charged and are charged by area, or a
 * crowdfunded project's own fund (F13), once the project is funded and only up to what its fund holds.
 */
export const ExpenseSource = z.enum(['operating', 'maintenance_fund', 'project'])
export type ExpenseSource = z.infer<typeof ExpenseSource>

/** One unit's share of a maintenance-fund payout (F11): by its area, exact to the fen. */
export const FundCharge = z.object({
  unitId: Id,
  unitLabel: z.string().min(1).max(40),
  buildingId: Id,
  areaCentiSqm: AreaCentiSqm,
  fen: Fen,
})
export type FundCharge = z.infer<typeof FundCharge>

/** A payout's charges as members read them: by building, then unit by unit (a 分摊清单 is posted publicly). */
export const FundPayoutView = z.object({
  /** The vote's scope, e.g. "2号楼" (V14). */
  scopeText: z.string(),
  buildings: z.array(
    z.object({ buildingId: Id, name: z.string(), fen: Fen, units: z.number().int().min(0).max(100_000) }),
  ),
  charges: z.array(FundCharge.omit({ unitId: true, buildingId: true })),
  /** The caller's own units' shares, so an owner finds their line without scrolling the list. */
  mine: z.array(FundCharge.omit({ unitId: true, buildingId: true })),
})
export type FundPayoutView = z.infer<typeof FundPayoutView>

/** A payment out of the account, initiated by the property company (F3). */
export const ExpenseProposal = z.object({
  expenseId: Id,
  compoundId: Id,
  proposerId: Id,
  category: ExpenseCategory,
  amountFen: Fen.positive(),
  counterparty: z.string().min(1).max(80),
  memo: z.string().max(200),
  attachments: z.array(z.string().min(1).max(256)).max(20),
  assemblyVote: AssemblyAuthorisation.optional(),
})
export type ExpenseProposal = z.infer<typeof ExpenseProposal>

export const ExpenseApproval = z.object({
  expenseId: Id,
  /** A committee member's id; the caller admits only current committee members. */
  memberId: Id,
  approvedAt: IsoTime,
})
export type ExpenseApproval = z.infer<typeof ExpenseApproval>

export const ExpenseApprovalPolicy = z.object({
  /** Strictly above this, `approvalsRequired` distinct members must approve; at or below it, one. */
  multiApprovalAboveFen: Fen.nonnegative(),
  approvalsRequired: z.number().int().min(1).max(9),
  /** Strictly above this, a passed owners' vote of type 5 or 9 is needed as well. */
  assemblyAboveFen: Fen.nonnegative(),
})
export type ExpenseApprovalPolicy = z.infer<typeof ExpenseApprovalPolicy>

export const ExpenseApprovalState = z.enum(['pending', 'approved', 'blocked_needs_assembly'])
export type ExpenseApprovalState = z.infer<typeof ExpenseApprovalState>

export const ExpenseStatus = z.enum(['pending', 'blocked_needs_assembly', 'posted', 'rejected'])
export type ExpenseStatus = z.infer<typeof ExpenseStatus>

export const ProposeExpenseRequest = z.object({
  category: ExpenseCategory.exclude(['E11']),
  amountFen: AmountFen.positive(),
  /** An organisation (F5); a person's name or phone never goes here (P1). */
  counterparty: z.string().trim().min(2).max(80),
  memo: z.string().trim().min(1).max(200),
  evidence: z.array(Evidence).min(1).max(20),
  /** Absent: the operating account. */
  source: ExpenseSource.optional(),
  /** With `source: 'project'`: the crowdfunded project whose fund pays (F13). */
  projectId: Id.optional(),
  idempotencyKey: IdempotencyKey,
})

export const ExpenseView = z.object({
  expenseId: Id,
  category: ExpenseCategory,
  amountFen: Fen,
  counterparty: z.string(),
  memo: z.string(),
  evidence: z.array(EvidenceView),
  status: ExpenseStatus,
  proposerId: Id,
  proposerName: z.string(),
  createdAt: IsoTime,
  approvals: z.array(
    z.object({ memberId: Id, name: z.string(), approvedAt: IsoTime, overBudgetReason: z.string().optional() }),
  ),
  /** How many distinct committee members must approve at this amount under the current policy. */
  approvalsRequired: z.number().int().positive().safe(),
  needsAssembly: z.boolean(),
  /** The policy's assembly limit: strictly above it a passed owners' vote must be attached (F3). */
  assemblyLimitFen: Fen,
  assemblyVote: AssemblyAuthorisation.optional(),
  source: ExpenseSource,
  /** A maintenance-fund payout's charges, once its vote is attached (F11). */
  fundPayout: FundPayoutView.optional(),
  /** The crowdfunded project whose fund pays (F13). */
  project: z.object({ projectId: Id, title: z.string() }).optional(),
  postedSeq: z.number().int().positive().safe().optional(),
  rejection: z.object({ by: Id, reason: z.string(), at: IsoTime }).optional(),
})
export type ExpenseView = z.infer<typeof ExpenseView>

export const ExpenseListQuery = z.object({ status: ExpenseStatus.optional() })
export const ApproveExpenseRequest = z.object({
  /** Needed, and logged, when the expense takes its budget line past the annual amount (F7). */
  overBudgetReason: z.string().trim().min(1).max(200).optional(),
})
/** The meeting and motion; the matter type and the outcome are read from the sealed result, never typed in. */
export const AttachMotionRequest = z.object({ meetingId: Id, motionId: Id })

/** A passed type-5 or type-9 motion with a final result, offered in the expense's picker (F3). */
export const AuthorisingMotion = AssemblyAuthorisation.pick({
  meetingId: true,
  motionId: true,
  matterType: true,
  meetingTitle: true,
  motionTitle: true,
  finalAt: true,
}).extend({
  /** The expense this motion already backs, if any: one motion backs one expense. */
  usedBy: Id.optional(),
  /** The vote's scope (V14): for a fund payout, the units that will be charged. */
  scopeText: z.string().optional(),
})
export type AuthorisingMotion = z.infer<typeof AuthorisingMotion>
export const ReasonRequest = z.object({ reason: z.string().trim().min(1).max(200) })

/** One maintenance-fund payout charged to one of the caller's units (F11). */
export const MyFundCharge = z.object({
  expenseId: Id,
  postedSeq: z.number().int().positive().safe(),
  memo: z.string(),
  counterparty: z.string(),
  /** The vote that authorised it and its scope (V14). */
  motionTitle: z.string(),
  scopeText: z.string(),
  areaCentiSqm: AreaCentiSqm,
  fen: Fen,
})

/**
 * The maintenance fund as one household reads it (DOMAIN F11: accounted per building and per household): what
 * the building's fund holds now, and every posted payout charged to the unit, by area.
 */
export const MyFund = z.object({
  units: z.array(
    z.object({
      unitId: Id,
      unitLabel: z.string(),
      areaCentiSqm: AreaCentiSqm,
      buildingName: z.string(),
      buildingFundFen: Fen,
      chargedFen: Fen,
      charges: z.array(MyFundCharge),
    }),
  ),
})
export type MyFund = z.infer<typeof MyFund>
