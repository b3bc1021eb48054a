import { z } from 'zod'
import { Id } from './common'

/**
 * What the street keeps per compound so that one street view over 1,000 compounds reads pre-aggregated rows
 * instead of scanning tickets and books (DOMAIN S5, issue: the street's view). Two rows per compound:
 *
 * - the compound's standing facts (`CompoundFacts`): who runs it, its grade and band, its company's colour and
 *   its open rectifications — each written by the event that changes it;
 * - a quarter's counts (`QuarterCounts`): integer counters added to as tickets close, bills are paid and notices
 *   fall due, from which every rate is derived (never typed, S5).
 *
 * Each field has one writer: the context whose event changes it (named beside the field).
 */
export const FigureGrade = z.enum(['shifan', 'tizhi', 'zhengdun'])
export type FigureGrade = z.infer<typeof FigureGrade>
export const FIGURE_GRADE_LABEL: Record<FigureGrade, string> = { shifan: '示范型', tizhi: '提质型', zhengdun: '整顿型' }

export const FigureBand = z.enum(['red', 'grey', 'black'])
export type FigureBand = z.infer<typeof FigureBand>

/** 四色管理 of a property company: green (no open notice), yellow, orange, red (约谈). */
export const CompanyColour = z.enum(['green', 'yellow', 'orange', 'red'])
export type CompanyColour = z.infer<typeof CompanyColour>
export const COMPANY_COLOUR_LABEL: Record<CompanyColour, string> = {
  green: '绿色',
  yellow: '黄色',
  orange: '橙色',
  red: '红色',
}

export const CompoundFacts = z.object({
  compoundId: Id,
  streetId: Id,
  communityId: Id.optional(),
  /** Names, so one street view reads these rows and nothing else (written when the compound is made, and by a rebuild). */
  compoundName: z.string().optional(),
  communityName: z.string().optional(),
  /** governance (G1): the compound's records. */
  hasCommittee: z.boolean().optional(),
  hasPartyBranch: z.boolean().optional(),
  companyName: z.string().optional(),
  companyId: Id.optional(),
  /** S1: the latest yearly grade. */
  grade: z.object({ year: z.number().int().min(2000).max(2100), grade: FigureGrade }).optional(),
  /** S2: the latest published quarterly band. */
  band: z.object({ quarter: z.string(), band: FigureBand, scoreX100: z.number().int().min(0).max(10000) }).optional(),
  /** S3: notices not yet passed at re-inspection, and those past their deadline. */
  openRectifications: z.number().int().nonnegative().safe().optional(),
  overdueRectifications: z.number().int().nonnegative().safe().optional(),
  companyColour: CompanyColour.optional(),
  /** D1: when the property company last published a disclosure or a monthly report. */
  lastDisclosureAt: z.string().optional(),
  updatedAt: z.string().optional(),
})
export type CompoundFacts = z.infer<typeof CompoundFacts>

/** Counters of one compound in one quarter (`2026-Q4`): only ever added to, so concurrent events never lose one. */
export const QUARTER_COUNTERS = [
  /** tickets (T-rules): closed in the quarter, and of those closed within their SLA. */
  'ticketsClosed',
  'ticketsOnTime',
  /** tickets: residents' ratings of closed tickets (1–5) in the quarter, count and sum. */
  'ratings',
  'ratingSum',
  /** ledger (F9): fen billed for periods in the quarter, and fen of those bills paid. */
  'billedFen',
  'collectedFen',
  /** S3: notices issued in the quarter, and those that missed their deadline. */
  'rectificationsIssued',
  'rectificationsOverdue',
] as const
export type QuarterCounter = (typeof QUARTER_COUNTERS)[number]
export type QuarterCounts = Record<QuarterCounter, number>
export const QuarterCountsSchema = z.object(
  Object.fromEntries(QUARTER_COUNTERS.map((c) => [c, z.number().int().safe()])) as Record<QuarterCounter, z.ZodNumber>,
)
