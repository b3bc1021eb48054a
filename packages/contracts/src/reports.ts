import { z } from 'zod'
import { Fen, Id, IdempotencyKey, IsoTime } from './common'
import { BudgetVsActualLine, CategoryTotal, CollectionRate, LedgerMonth } from './ledger'
import { MeetingStatus } from './assembly'
import { TicketStats } from './tickets'

/**
 * Monthly report (物业月报), disclosure board (四公开一监督) and quarterly evaluation (红灰黑榜): DOMAIN D1–D3.
 * Every figure is drawn from the system's own records when the report is drafted; only the narrative is typed.
 */

const Count = z.number().int().nonnegative().safe()
const Text = (max: number) => z.string().trim().max(max)

export const ReportMonth = LedgerMonth
export type ReportMonth = z.infer<typeof ReportMonth>

/** `2025-Q1`: the Asia/Shanghai calendar quarter an evaluation belongs to. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'YYYY-Qn')
export type Quarter = z.infer<typeof Quarter>

// --- figures ------------------------------------------------------------------------------------------------

export const ReportTickets = z.object({
  /** ticketStats over the tickets submitted in the month, unchanged. */
  stats: TicketStats,
  /** Of those, confirmed or closed when drafted (DOMAIN T5: a ticket ends only after confirmation). */
  closed: Count,
  /** Categories by count, most first (ties by id), at most five, with the compound's names. */
  topCategories: z.array(z.object({ category: z.string(), name: z.string(), count: Count })),
})
export type ReportTickets = z.infer<typeof ReportTickets>

export const ReportMoney = z.object({
  income: z.array(CategoryTotal),
  /** By statutory heading E1–E11 (DOMAIN F8). */
  expense: z.array(CategoryTotal),
  incomeTotalFen: Fen,
  expenseTotalFen: Fen,
  budgetVsActual: z.array(BudgetVsActualLine),
  /** E11 in the month: the company's remuneration under commission or trust (F1). */
  remunerationFen: Fen,
  /** Public-income categories of the month's income (F6). */
  publicIncome: z.object({ lines: z.array(CategoryTotal), totalFen: Fen }),
  /** What the maintenance fund gained (positive) or paid out (negative) in the month. */
  fundMovementFen: Fen,
  /** Balances at the end of the month, from every entry posted up to then. */
  closing: z.object({ bankFen: Fen, maintenanceFundFen: Fen, publicIncomeLedgerFen: Fen }),
  /** Bills of the month's period, aggregate only (F9, P3). */
  collectionRate: CollectionRate,
  entries: Count,
})
export type ReportMoney = z.infer<typeof ReportMoney>

export const ReportMeeting = z.object({
  meetingId: Id,
  title: z.string(),
  status: MeetingStatus,
  noticePublishedAt: IsoTime.optional(),
  votingOpensAt: IsoTime.optional(),
  votingClosesAt: IsoTime.optional(),
  finalAt: IsoTime.optional(),
})
export type ReportMeeting = z.infer<typeof ReportMeeting>

export const ReportGovernance = z.object({
  /** Meetings whose result became final in the month. */
  decisions: z.array(ReportMeeting),
  /** Open for voting when drafted, or closed and awaiting the result. */
  votesInProgress: z.array(ReportMeeting),
  /** Noticed (texts frozen), voting not yet open. */
  notices: z.array(ReportMeeting),
})
export type ReportGovernance = z.infer<typeof ReportGovernance>

/** Components of the quarterly rating of the property service, each 1–5. */
export const EvaluationScores = z.object({
  attitude: z.number().int().min(1).max(5),
  repairs: z.number().int().min(1).max(5),
  cleaning: z.number().int().min(1).max(5),
  security: z.number().int().min(1).max(5),
})
export type EvaluationScores = z.infer<typeof EvaluationScores>
export type EvaluationComponent = keyof EvaluationScores

/** 红榜 ≥ 4.00, 灰榜 ≥ 3.00, else 黑榜; null with no ratings. */
export const EvaluationBoard = z.enum(['red', 'grey', 'black'])
export type EvaluationBoard = z.infer<typeof EvaluationBoard>

export const EvaluationSummary = z.object({
  quarter: Quarter,
  ratings: Count,
  /** Mean per component ×100, rounded half up; null with no ratings. */
  componentsX100: z.record(z.enum(['attitude', 'repairs', 'cleaning', 'security']), z.number().int().min(100).max(500)).nullable(),
  /** Mean of every component score of every rating ×100, rounded half up. */
  scoreX100: z.number().int().min(100).max(500).nullable(),
  board: EvaluationBoard.nullable(),
})
export type EvaluationSummary = z.infer<typeof EvaluationSummary>

export const ReportFigures = z.object({
  tickets: ReportTickets,
  money: ReportMoney,
  governance: ReportGovernance,
  evaluation: EvaluationSummary,
})
export type ReportFigures = z.infer<typeof ReportFigures>

// --- the report and its versions ------------------------------------------------------------------------------

export const ReportNarrative = z.object({
  /** 本月服务工作 */
  servicesDone: Text(4000),
  /** 下月工作计划 */
  nextMonthPlan: Text(4000),
})
export type ReportNarrative = z.infer<typeof ReportNarrative>

export const ReportStatus = z.enum(['draft', 'published'])
export type ReportStatus = z.infer<typeof ReportStatus>

export const MonthlyReport = z.object({
  compoundId: Id,
  month: ReportMonth,
  /** 1 for the first publication; each correction is the next version, and versions never change once published. */
  version: z.number().int().positive(),
  status: ReportStatus,
  figures: ReportFigures,
  narrative: ReportNarrative,
  draftedAt: IsoTime,
  /** A user id, or `scheduler` for the draft of the 1st. */
  draftedBy: z.string(),
  editedAt: IsoTime.optional(),
  publishedAt: IsoTime.optional(),
  publishedBy: Id.optional(),
  /** Required on a correction (version > 1): what changed against the version before (DOMAIN D3). */
  changeNote: z.string().optional(),
})
export type MonthlyReport = z.infer<typeof MonthlyReport>

export const ReportVersionSummary = MonthlyReport.pick({ month: true, version: true, status: true, draftedAt: true, publishedAt: true, changeNote: true })
export const ReportList = z.object({ reports: z.array(ReportVersionSummary) })

export const ReportMonthParams = z.object({ compoundId: Id, month: ReportMonth })
export const ReportVersionParams = ReportMonthParams.extend({ version: z.coerce.number().int().positive() })

export const UpdateNarrativeRequest = z.object({ narrative: ReportNarrative })
export const PublishReportRequest = z.object({ changeNote: z.string().trim().min(1).max(500).optional() })
export const ReportCsv = z.object({ filename: z.string(), csv: z.string() })

// --- disclosure board (D1, D2) --------------------------------------------------------------------------------

/** The fixed sections of 四公开一监督 (Civil Code Art. 943; Beijing Art. 70). */
export const DisclosureSection = z.enum([
  'company',
  'service_standards',
  'fee_standards',
  'contractors',
  'budget',
  'accounts',
  'maintenance_fund',
  'public_income',
  'parking',
  'renovations',
  'decisions_minutes',
])
export type DisclosureSection = z.infer<typeof DisclosureSection>

/** Responsible persons are shown with a work contact only (D1, P1): an office line or a work mobile. */
export const ResponsiblePerson = z.object({
  duty: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(20),
  workContact: z.string().trim().min(3).max(40),
})

export const DisclosureUpdate = z.object({
  content: z.string().trim().min(1, '请填写公示内容').max(8000),
  persons: z.array(ResponsiblePerson).max(20).default([]),
  /** Version the editor read; a stale one is refused (409) so nobody overwrites an update unseen. */
  expectedVersion: z.number().int().nonnegative(),
})

export const DisclosureItem = z.object({
  section: DisclosureSection,
  title: z.string(),
  content: z.string().nullable(),
  persons: z.array(ResponsiblePerson),
  version: z.number().int().nonnegative(),
  updatedAt: IsoTime.nullable(),
  updatedBy: z.string().nullable(),
  /** From the city profile (settings.cityProfile.disclosureFrequencyDays). */
  frequencyDays: z.number().int().positive(),
  /** When the next update is due; null if never published (already stale). */
  dueBy: IsoTime.nullable(),
  stale: z.boolean(),
})
export type DisclosureItem = z.infer<typeof DisclosureItem>

export const DisclosureBoard = z.object({ sections: z.array(DisclosureItem), staleCount: Count })
export const DisclosureParams = z.object({ compoundId: Id, section: DisclosureSection })

export const ObjectionRequest = z.object({
  text: z.string().trim().min(1, '请写明异议').max(400),
  /** A ticket carries at least one photo: a photo of the posted item or of the evidence. */
  photoKeys: z.array(z.string().min(1).max(300)).min(1, '请至少拍一张照片').max(9),
  idempotencyKey: IdempotencyKey,
})

export const DisclosureObjection = z.object({
  objectionId: Id,
  section: DisclosureSection,
  /** The ticket the objection became (D2); its timeline carries the handling. */
  ticketId: Id,
  category: Id,
  /** Version of the section the owner objected to. */
  sectionVersion: z.number().int().nonnegative(),
  replyBy: IsoTime,
  at: IsoTime,
})
export type DisclosureObjection = z.infer<typeof DisclosureObjection>
export const DisclosureObjectionList = z.object({ objections: z.array(DisclosureObjection) })

// --- quarterly evaluation ------------------------------------------------------------------------------------

export const EvaluationRequest = z.object({ scores: EvaluationScores, comment: Text(200).optional() })
export const EvaluationReceipt = z.object({ quarter: Quarter, scores: EvaluationScores, at: IsoTime, created: z.boolean() })
export const QuarterParams = z.object({ compoundId: Id, quarter: Quarter })
