import { z } from 'zod'
import { Count, Fen, Id, IdempotencyKey, IsoTime, Version } from './common'
import { Quarter } from './reports/primitives'
import { CompoundFacts, FigureBand, FigureGrade, QuarterCountsSchema } from './street-figures'

/**
 * The street's and the community's consoles (DOMAIN S1, S5): every compound's row and the derived totals, the
 * yearly grading against published criteria, and improvement projects (提升项目). Every figure is derived from
 * the pre-aggregated rows (street-figures.ts); rates are integers (basis points, or a mean score ×100).
 */

/**
 * What a total drills down to (S5): the compounds behind it, filtered on the server. Fact drills keep the
 * console's order; rate drills (on time, satisfaction, collection) show the weakest first.
 */
export const CONSOLE_DRILLS = [
  'committee',
  'branch',
  'company',
  'ontime',
  'satisfaction',
  'collection',
  'bands',
  'rect',
] as const
export const ConsoleDrill = z.enum(CONSOLE_DRILLS)
export type ConsoleDrill = z.infer<typeof ConsoleDrill>

/** A page sized for a screen: 50 rows on a desk, 20 on a phone; at most 100. */
export const CONSOLE_PAGE_MAX = 100

export const ConsoleQuery = z.object({
  quarter: Quarter.optional(),
  drill: ConsoleDrill.optional(),
  limit: z.coerce
    .number()
    .int('limit: 每页行数应为整数')
    .min(1, 'limit: 每页至少 1 行')
    .max(CONSOLE_PAGE_MAX, `limit: 每页最多 ${CONSOLE_PAGE_MAX} 行`)
    .default(50),
  /** The `next` of the previous page, with the same quarter and drill. */
  cursor: z.string().min(1).max(400, 'cursor: 翻页位置无效').optional(),
})
export type ConsoleQuery = z.infer<typeof ConsoleQuery>

/** The few facts a console line shows (a slim copy of the compound's facts row, OV1). */
export const ConsoleFacts = CompoundFacts.pick({
  hasCommittee: true,
  hasPartyBranch: true,
  companyName: true,
  grade: true,
  band: true,
  openRectifications: true,
  companyColour: true,
})
export type ConsoleFacts = z.infer<typeof ConsoleFacts>

/** One compound's line on a console: its facts and the quarter's rates (a few hundred bytes). */
export const ConsoleRow = z.object({
  compoundId: Id,
  compoundName: z.string(),
  communityId: Id.optional(),
  communityName: z.string(),
  facts: ConsoleFacts,
  /** Null when nothing was closed, rated or billed: no misleading 0 or 100%. */
  onTimeBasisPoints: z.number().int().min(0).max(10000).nullable(),
  satisfactionX100: z.number().int().min(0).max(500).nullable(),
  collectionBasisPoints: z.number().int().min(0).max(10000).nullable(),
})
export type ConsoleRow = z.infer<typeof ConsoleRow>

const Coverage = z.object({ count: Count, of: Count, basisPoints: z.number().int().min(0).max(10000).nullable() })
export type Coverage = z.infer<typeof Coverage>

/** S5: the totals over every compound of the scope (not only the page), each derived (never typed). */
export const ConsoleTotals = z.object({
  compounds: Count,
  /** Communities the compounds belong to. */
  communities: Count,
  committee: Coverage,
  partyBranch: Coverage,
  professional: Coverage,
  ticketsClosed: Count,
  ticketsOnTime: Count,
  onTimeBasisPoints: z.number().int().min(0).max(10000).nullable(),
  ratings: Count,
  satisfactionX100: z.number().int().min(0).max(500).nullable(),
  billedFen: Fen,
  collectedFen: Fen,
  collectionBasisPoints: z.number().int().min(0).max(10000).nullable(),
  openRectifications: Count,
  bands: z.object({ red: Count, grey: Count, black: Count, none: Count }),
  grades: z.object({ shifan: Count, tizhi: Count, zhengdun: Count, none: Count }),
})
export type ConsoleTotals = z.infer<typeof ConsoleTotals>

export const Console = z.object({
  scope: z.enum(['street', 'community']),
  streetId: Id.nullable(),
  communityId: Id.optional(),
  quarter: Quarter,
  drill: ConsoleDrill.optional(),
  /** One page of the compounds (of the drill, when one is asked), in the console's order. */
  rows: z.array(ConsoleRow),
  /** How many compounds the list has over all its pages. */
  matching: Count,
  /** Pass as `cursor` for the next page; null on the last. */
  next: z.string().nullable(),
  totals: ConsoleTotals,
})
export type Console = z.infer<typeof Console>

// ---------------------------------------------------------------- grading (S1)

const Reason = z.string().trim().min(1, '请写明评定理由').max(500, '理由不超过 500 字')
export const GradeYear = z.number().int().min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间')

/** What a grade means, published by the street before it grades (示范型 / 提质型 / 整顿型). */
export const GradingCriteriaInput = z.object({
  year: GradeYear,
  shifan: z.string().trim().min(1, '请写明示范型的标准').max(1000, '标准不超过 1000 字'),
  tizhi: z.string().trim().min(1, '请写明提质型的标准').max(1000, '标准不超过 1000 字'),
  zhengdun: z.string().trim().min(1, '请写明整顿型的标准').max(1000, '标准不超过 1000 字'),
  expectedVersion: Version,
})
export type GradingCriteriaInput = z.infer<typeof GradingCriteriaInput>

export const GradingCriteria = GradingCriteriaInput.omit({ expectedVersion: true }).extend({
  streetId: Id,
  version: z.number().int().positive().safe(),
  publishedAt: IsoTime,
  publishedByName: z.string(),
})
export type GradingCriteria = z.infer<typeof GradingCriteria>

export const GradingCriteriaView = z.object({ current: GradingCriteria.nullable(), history: z.array(GradingCriteria) })
export type GradingCriteriaView = z.infer<typeof GradingCriteriaView>

export const GradeRequest = z.object({ year: GradeYear, grade: FigureGrade, reason: Reason })
export type GradeRequest = z.infer<typeof GradeRequest>

/** One grading of a compound; a regrade in the same year is a new record, the old one kept. */
export const GradeRecord = GradeRequest.extend({
  compoundId: Id,
  streetId: Id,
  criteriaVersion: z.number().int().positive().safe(),
  at: IsoTime,
  byName: z.string(),
})
export type GradeRecord = z.infer<typeof GradeRecord>

// ---------------------------------------------------------------- improvement projects (S1)

export const ProjectPhotos = z.array(z.string().min(1).max(300)).max(9, '照片最多 9 张')

export const ImprovementInput = z.object({
  title: z.string().trim().min(1, '请填写项目名称').max(60, '项目名称不超过 60 字'),
  owner: z.string().trim().min(1, '请填写负责人').max(40, '负责人不超过 40 字'),
  budgetFen: Fen.min(0, '预算不能为负').max(100_000_000_000, '预算过大：不能超过 10 亿元'),
  progressPercent: z.number().int('进度应为整数').min(0, '进度应在 0–100 之间').max(100, '进度应在 0–100 之间'),
  note: z.string().trim().max(500, '说明不超过 500 字').optional(),
  photoKeys: ProjectPhotos.default([]),
  /** A retried create finds the project it made. */
  idempotencyKey: IdempotencyKey.optional(),
})
export type ImprovementInput = z.infer<typeof ImprovementInput>

export const ImprovementProgress = z.object({
  progressPercent: z.number().int('进度应为整数').min(0, '进度应在 0–100 之间').max(100, '进度应在 0–100 之间'),
  note: z.string().trim().min(1, '请写明这次的进展').max(500, '说明不超过 500 字'),
  photoKeys: ProjectPhotos.default([]),
  expectedVersion: Version,
})
export type ImprovementProgress = z.infer<typeof ImprovementProgress>

export const ImprovementStep = z.object({
  at: IsoTime,
  byName: z.string(),
  progressPercent: z.number().int().min(0).max(100),
  note: z.string(),
  photos: z.array(z.object({ key: z.string(), url: z.string() })),
})

export const ImprovementProject = z.object({
  projectId: Id,
  compoundId: Id,
  title: z.string(),
  owner: z.string(),
  budgetFen: Fen,
  progressPercent: z.number().int().min(0).max(100),
  version: z.number().int().positive().safe(),
  createdAt: IsoTime,
  createdByName: z.string(),
  updatedAt: IsoTime,
  steps: z.array(ImprovementStep),
})
export type ImprovementProject = z.infer<typeof ImprovementProject>

export const ImprovementParams = z.object({ compoundId: Id, projectId: Id })

/** A compound's drill-down: its row, its last quarters, its grades, the criteria in force and its projects. */
export const CompoundOversight = z.object({
  compoundId: Id,
  streetId: Id.nullable(),
  facts: CompoundFacts.nullable(),
  quarters: z.array(
    z.object({
      quarter: Quarter,
      counts: QuarterCountsSchema,
      onTimeBasisPoints: z.number().int().min(0).max(10000).nullable(),
      satisfactionX100: z.number().int().min(0).max(500).nullable(),
      collectionBasisPoints: z.number().int().min(0).max(10000).nullable(),
    }),
  ),
  grades: z.array(GradeRecord),
  criteria: GradingCriteria.nullable(),
  projects: z.array(ImprovementProject),
  band: FigureBand.nullable(),
  grade: FigureGrade.nullable(),
})
export type CompoundOversight = z.infer<typeof CompoundOversight>
