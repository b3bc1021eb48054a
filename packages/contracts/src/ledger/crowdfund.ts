import { z } from 'zod'
import { AmountFen, AreaCentiSqm, Count, Fen, Id, IdempotencyKey, IsoTime } from '../common'
import { placeScope } from '../place-scope'
import { ExpenseView } from './expenses'

/**
 * How a crowdfunded improvement's target is shared over the households of its scope (DOMAIN F13): the same for
 * every household, by area, or by floor coefficient. Coefficients are integers in hundredths (70 = 0.7), so the
 * weights stay exact: floors up to `exemptThroughFloor` pay nothing, the next floor pays `startCoefficient`, each
 * floor above it `step` more (2, 70, 10: floors 1–2 nothing, 0.7 at floor 3, 0.8 at floor 4, ...).
 */
export const ShareRule = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('per_household') }),
    z.object({ kind: z.literal('by_area') }),
    z.object({
      kind: z.literal('by_floor'),
      exemptThroughFloor: z.number().int().min(0, '免缴楼层不能为负').max(60, '免缴楼层不能超过 60 层'),
      startCoefficient: z.number().int().min(1, '起始系数须大于 0').max(1_000, '起始系数不能超过 10'),
      step: z.number().int().min(0, '每层递增不能为负').max(100, '每层递增不能超过 1'),
    }),
  ],
  { errorMap: () => ({ message: '请选择分摊方式' }) },
)
export type ShareRule = z.infer<typeof ShareRule>

/** The scope of a project: one building or one entrance (F13); never the whole compound. */
export const ProjectScope = placeScope('众筹范围')
export type ProjectScope = z.infer<typeof ProjectScope>

/**
 * `funding` until the deadline; `funded` once the pledges reach the target before it (all-or-nothing);
 * `lapsed` when the deadline passed short of it; `cancelled` by the committee; `closed` when the committee
 * closed a funded project once its work was paid (any surplus refunded). Derived from the pledges and the
 * clock, except `cancelled` and `closed`, which are recorded.
 */
export const ProjectStatus = z.enum(['funding', 'funded', 'lapsed', 'cancelled', 'closed'])
export type ProjectStatus = z.infer<typeof ProjectStatus>

/** One household's share of the target (unit label only, never a name: P1). */
export const UnitShareView = z.object({
  unitId: Id,
  unitLabel: z.string(),
  /** Absent when the room number tells no floor (a shop); such a unit carries no share by floor. */
  floor: z.number().int().min(0).max(200).optional(),
  areaCentiSqm: AreaCentiSqm,
  /** The unit's weight under the rule: 1, its area, or its floor coefficient in hundredths. */
  weight: z.number().int().nonnegative().safe(),
  shareFen: Fen,
  /**
   * What the household pledged and paid: shown to its own owners and to those who run the project (property
   * staff, committee); absent for everyone else, so the table is no list of who has not paid (P1, P3).
   */
  pledgedFen: Fen.optional(),
  paidFen: Fen.optional(),
  /** Once the project is closed: what the household got back, pro rata to what it paid (F13). */
  refundFen: Fen.optional(),
})
export type UnitShareView = z.infer<typeof UnitShareView>

export const CreateProjectRequest = z.object({
  title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不能超过 60 个字'),
  description: z.string().trim().max(1_000, '说明不能超过 1000 个字').default(''),
  scope: ProjectScope,
  targetFen: AmountFen.positive('目标金额须大于 0'),
  rule: ShareRule,
  /** The last moment a pledge is taken (Beijing time shown); must be in the future. */
  deadline: IsoTime,
  /** The passed motion of the scope's owners that consents to the project (V14). */
  meetingId: Id,
  motionId: Id,
  idempotencyKey: IdempotencyKey,
})
export type CreateProjectRequest = z.infer<typeof CreateProjectRequest>

export const ProjectSummary = z.object({
  projectId: Id,
  title: z.string(),
  scopeText: z.string(),
  targetFen: Fen,
  pledgedFen: Fen,
  paidFen: Fen,
  pledgeCount: Count,
  unitCount: Count,
  deadline: IsoTime,
  status: ProjectStatus,
  /** Whether the caller holds a unit in the scope. */
  inScope: z.boolean(),
})
export type ProjectSummary = z.infer<typeof ProjectSummary>

export const ProjectView = ProjectSummary.extend({
  description: z.string(),
  scope: ProjectScope,
  rule: ShareRule,
  /** The rounding rule in words, as the page states it. */
  roundingText: z.string(),
  ruleText: z.string(),
  motion: z.object({ meetingId: Id, motionId: Id, meetingTitle: z.string(), motionTitle: z.string() }),
  /** The ledger account the money is kept on: `project:<projectId>`. */
  account: z.string(),
  createdAt: IsoTime,
  shares: z.array(UnitShareView),
  /** The caller's own units in the scope, with their shares. */
  mine: z.array(UnitShareView),
  /**
   * The project's own fund (F2: derived from what was posted): received, paid out, refunded, what pending
   * expenses have set aside, and what is left to spend (`balanceFen − committedFen`).
   */
  fund: z.object({
    paidFen: Fen,
    spentFen: Fen,
    refundedFen: Fen,
    /** Set aside for expenses proposed and not yet posted or rejected. */
    pendingFen: Fen,
    balanceFen: Fen,
    availableFen: Fen,
  }),
  /** Matches from the street's 美好家园 fund (S4), each a line on this compound's chain with its source. */
  matches: z
    .array(z.object({ source: z.string(), amountFen: Fen, at: IsoTime, seq: z.number().int().positive().safe() }))
    .optional(),
  /** Payments out of the fund under dual control (F3), newest first, each with its evidence (receipts). */
  spending: z.array(ExpenseView),
  /** How the project ended and the refund entry posted then (F10: a reversing entry out of the fund). */
  closure: z
    .object({
      outcome: z.enum(['cancelled', 'lapsed', 'completed']),
      reason: z.string(),
      closedAt: IsoTime,
      refundedFen: Fen,
      refundSeq: z.number().int().positive().safe().optional(),
      roundingText: z.string(),
    })
    .optional(),
})
export type ProjectView = z.infer<typeof ProjectView>

export const PledgeRequest = z.object({
  unitId: Id,
  amountFen: AmountFen.positive('认缴金额须大于 0'),
})
export type PledgeRequest = z.infer<typeof PledgeRequest>

export const ContributionRequest = z.object({
  unitId: Id,
  amountFen: AmountFen.positive('金额须大于 0'),
  /** The receipt or bank reference of the money received offline. */
  reference: z.string().trim().min(1, '请填写收据号或银行流水号').max(60, '收据号不能超过 60 个字'),
  idempotencyKey: IdempotencyKey,
})
export type ContributionRequest = z.infer<typeof ContributionRequest>

/**
 * The committee ends a project (F13): `cancel` while funding, funded or lapsed; `complete` once a funded
 * project's work is paid. What is left in the fund goes back pro rata to what each household paid.
 */
export const CloseProjectRequest = z.object({
  outcome: z.enum(['cancel', 'complete'], { errorMap: () => ({ message: '请选择取消项目或结项' }) }),
  reason: z.string().trim().min(2, '请写明原因（至少 2 个字）').max(200, '原因不能超过 200 个字'),
})
export type CloseProjectRequest = z.infer<typeof CloseProjectRequest>

/** A passed, final type-7 motion of a building's or entrance's vote that a project could rest on (F13, V14). */
export const ConsentMotion = z.object({
  meetingId: Id,
  motionId: Id,
  meetingTitle: z.string(),
  motionTitle: z.string(),
  scope: ProjectScope,
  scopeText: z.string(),
  unitCount: Count,
  /** The project this motion already backs: one motion, one project. */
  usedBy: Id.optional(),
})
export type ConsentMotion = z.infer<typeof ConsentMotion>
