import { z } from 'zod'
import { MeetingStatus } from '../assembly'
import { Fen, Id, IsoTime } from '../common'
import { BudgetVsActualLine, CategoryTotal, CollectionRate } from '../ledger'
import { TicketStats } from '../tickets'
import { EvaluationSummary } from './evaluation'
import { Count } from './primitives'

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
  /** Root hash of the sealed ballot list once voting closed (DOMAIN V11): voters check their receipts against it. */
  ballotRootHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
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

/** A joint meeting's decision as the month left it (DOMAIN G3, D3). */
export const ReportJointDecision = z.object({
  decisionId: Id,
  title: z.string(),
  meetingTitle: z.string(),
  ownerName: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'in_progress', 'done', 'overdue', 'dropped']),
  madeAt: IsoTime,
  doneAt: IsoTime.optional(),
})
export type ReportJointDecision = z.infer<typeof ReportJointDecision>

export const ReportFigures = z.object({
  tickets: ReportTickets,
  money: ReportMoney,
  governance: ReportGovernance,
  evaluation: EvaluationSummary,
  /** Joint-meeting decisions made, finished or still open in the month; absent in reports drafted before them. */
  jointDecisions: z.array(ReportJointDecision).optional(),
})
export type ReportFigures = z.infer<typeof ReportFigures>
