import { z } from 'zod'
import { Count, Id, IsoTime, Version } from '../common'
import { EvaluationSummary } from '../reports/evaluation'
import { Quarter } from '../reports/primitives'
import { FigureBand, QuarterCountsSchema } from '../street-figures'
import { ItemSource, PanelParty, RubricDraft } from './rubric'

/** A quarter's evaluation of one compound (S2): its panel, the panel's score sheets, and once published the result. */

export const PanelMember = z.object({ userId: Id, name: z.string(), party: PanelParty })
export type PanelMember = z.infer<typeof PanelMember>

export const PanelRequest = z.object({
  members: z
    .array(z.object({ userId: Id, party: PanelParty }))
    .min(1, '评议小组至少一人')
    .max(20, '评议小组最多 20 人'),
})

/**
 * What a deduction points at (每项扣分都有依据): a photo or file the panel member uploaded, a ticket of the
 * compound, or a notice (公告) of the compound. `key`, `ticketId`, `bulletinId` go with their kind.
 */
export const AssessmentEvidenceKind = z.enum(['upload', 'ticket', 'bulletin'])
export type AssessmentEvidenceKind = z.infer<typeof AssessmentEvidenceKind>
export const AssessmentEvidence = z.object({
  kind: AssessmentEvidenceKind,
  key: z.string().max(300).optional(),
  ticketId: Id.optional(),
  bulletinId: Id.optional(),
})
export type AssessmentEvidence = z.infer<typeof AssessmentEvidence>

/** Points are kept ×100 (hundredths of a point), so every sum is an exact integer. */
export const PointsX100 = z.number().int().safe().min(0).max(100_000)

export const Deduction = z.object({
  deductX100: PointsX100.min(1, '扣分至少 0.01 分'),
  reason: z.string().trim().min(1, '请写扣分理由').max(200, '不能超过 200 个字'),
  evidence: AssessmentEvidence,
})
export type Deduction = z.infer<typeof Deduction>

export const SheetItem = z.object({ itemId: z.string().max(32), deductions: z.array(Deduction).max(10) })
export const SheetVeto = z.object({
  vetoId: z.string().max(32),
  failed: z.boolean(),
  reason: z.string().trim().max(200).optional(),
  evidence: AssessmentEvidence.optional(),
})
export type SheetVeto = z.infer<typeof SheetVeto>

/** One panel member's entries for their items and veto items. */
export const SheetRequest = z.object({
  items: z.array(SheetItem).max(100),
  vetoes: z.array(SheetVeto).max(10),
})
export type SheetRequest = z.infer<typeof SheetRequest>

export const ScoreSheet = SheetRequest.extend({ userId: Id, name: z.string(), party: PanelParty, at: IsoTime })
export type ScoreSheet = z.infer<typeof ScoreSheet>

/** Everything a result is computed from, frozen when it is published, so anyone can recompute it. */
export const EvaluationInputs = z.object({
  rubric: RubricDraft,
  survey: EvaluationSummary,
  counts: QuarterCountsSchema,
  lastDisclosureAt: IsoTime.nullable(),
  sheets: z.array(ScoreSheet),
  /** The instant the data is read at: the quarter's end, or the publishing time when earlier. */
  asOf: IsoTime,
  /** Whether each earlier published quarter was off 红榜, latest first (for the consecutive-quarters rule). */
  earlierFailing: z.array(z.boolean()),
})
export type EvaluationInputs = z.infer<typeof EvaluationInputs>

export const ResultDeduction = z.object({
  deductX100: PointsX100,
  reason: z.string(),
  /** The panel party that took it off; absent for survey and data items (their `reason` states the figure). */
  party: PanelParty.optional(),
  evidence: AssessmentEvidence.optional(),
})
export type ResultDeduction = z.infer<typeof ResultDeduction>

export const ItemResult = z.object({
  itemId: z.string(),
  areaId: z.string(),
  areaLabel: z.string(),
  label: z.string(),
  source: ItemSource,
  pointsX100: PointsX100,
  scoreX100: PointsX100,
  /** How the score was reached, in words (the figure, the formula, or how many panel members scored it). */
  basis: z.string(),
  deductions: z.array(ResultDeduction),
})
export type ItemResult = z.infer<typeof ItemResult>

export const VetoResult = z.object({
  vetoId: z.string(),
  label: z.string(),
  failed: z.boolean(),
  reason: z.string().optional(),
  party: PanelParty.optional(),
  evidence: AssessmentEvidence.optional(),
})
export type VetoResult = z.infer<typeof VetoResult>

export const EvaluationResult = z.object({
  totalX100: PointsX100,
  maxX100: PointsX100,
  items: z.array(ItemResult),
  vetoes: z.array(VetoResult),
  /** The band the score alone gives. */
  scoreBand: FigureBand,
  band: FigureBand,
  /** Why the band is what it is, in words (score, a failed veto item, or consecutive quarters off 红榜). */
  bandReason: z.string(),
  /** Off 红榜 this quarter (counts toward the consecutive-quarters rule). */
  failing: z.boolean(),
})
export type EvaluationResult = z.infer<typeof EvaluationResult>

export const AssessmentStatus = z.enum(['open', 'published'])

/** A compound's evaluation of a quarter as stored: panel while open; inputs and result frozen once published. */
export const CompoundAssessment = z.object({
  streetId: Id,
  quarter: Quarter,
  compoundId: Id,
  compoundName: z.string(),
  status: AssessmentStatus,
  panel: z.array(PanelMember),
  revision: Version,
  updatedAt: IsoTime,
  publishedAt: IsoTime.optional(),
  publishedBy: Id.optional(),
  inputs: EvaluationInputs.optional(),
  result: EvaluationResult.optional(),
})
export type CompoundAssessment = z.infer<typeof CompoundAssessment>

/** A row of the street's quarter overview: a preview while open (not yet binding), the frozen result once published. */
export const QuarterRow = z.object({
  compoundId: Id,
  compoundName: z.string(),
  communityName: z.string(),
  status: AssessmentStatus.nullable(),
  /** The row's revision, which publishing names (null before a panel is named). */
  revision: Version.nullable(),
  panel: z.array(PanelMember),
  /** Panel members who have entered their sheet. */
  scoredBy: z.array(Id),
  /** Items and veto items no panel member has scored yet (publishing waits for them). */
  missing: z.array(z.string()),
  result: EvaluationResult.nullable(),
  /** Rank among the street's published compounds of the quarter (1 is best; ties share a rank). */
  rank: z.number().int().positive().max(100_000).nullable(),
})
export type QuarterRow = z.infer<typeof QuarterRow>

export const QuarterOverview = z.object({
  quarter: Quarter,
  rubricPublished: z.boolean(),
  rows: z.array(QuarterRow),
  published: Count,
})
export type QuarterOverview = z.infer<typeof QuarterOverview>

/** Someone the street may name: a member of the compound (with their roles there), or the street's own staff (物管会). */
export const Candidate = z.object({
  userId: Id,
  name: z.string(),
  roles: z.array(z.string()),
  streetStaff: z.boolean(),
})
export const Candidates = z.object({ candidates: z.array(Candidate) })

/** A panel member's assignment, as listed to them. */
export const PanelAssignment = z.object({
  streetId: Id,
  quarter: Quarter,
  compoundId: Id,
  compoundName: z.string(),
  party: PanelParty,
  status: AssessmentStatus,
  scored: z.boolean(),
})
export const MyPanels = z.object({ assignments: z.array(PanelAssignment) })

/** The scoring form: the rubric's items and veto items of the member's party, and what they entered so far. */
export const SheetView = z.object({
  assignment: PanelAssignment,
  rubricTitle: z.string(),
  items: z.array(
    z.object({
      itemId: z.string(),
      areaLabel: z.string(),
      label: z.string(),
      points: z.number().int().min(0).max(1000),
      guide: z.string().optional(),
    }),
  ),
  vetoes: z.array(z.object({ vetoId: z.string(), label: z.string() })),
  sheet: ScoreSheet.nullable(),
})
export type SheetView = z.infer<typeof SheetView>

/** What residents read: the published result, the rank in the street, each deduction with its evidence. */
export const CompoundResult = z.object({
  quarter: Quarter,
  compoundName: z.string(),
  streetName: z.string(),
  publishedAt: IsoTime,
  result: EvaluationResult,
  rank: z.number().int().positive().max(100_000),
  ranked: Count,
  rubricTitle: z.string(),
  /** Links for the upload evidence, by upload key. */
  evidenceUrls: z.record(z.string()),
  /** The residents' survey that went in (aggregate only, P3). */
  survey: EvaluationSummary,
})
export type CompoundResult = z.infer<typeof CompoundResult>

export const CompoundResultAnswer = z.object({ result: CompoundResult.nullable() })
export const CompoundResultQuery = z.object({ quarter: Quarter.optional() })

export const PublishAssessmentRequest = z.object({ revision: Version })
