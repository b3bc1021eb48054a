import { z } from 'zod'
import { Id, IsoTime } from '../common'
import { Count, Quarter, Text } from './primitives'

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
  componentsX100: z
    .record(z.enum(['attitude', 'repairs', 'cleaning', 'security']), z.number().int().min(100).max(500))
    .nullable(),
  /** Mean of every component score of every rating ×100, rounded half up. */
  scoreX100: z.number().int().min(100).max(500).nullable(),
  board: EvaluationBoard.nullable(),
})
export type EvaluationSummary = z.infer<typeof EvaluationSummary>

// --- quarterly evaluation ------------------------------------------------------------------------------------

export const EvaluationRequest = z.object({ scores: EvaluationScores, comment: Text(200).optional() })
export const EvaluationReceipt = z.object({
  quarter: Quarter,
  scores: EvaluationScores,
  at: IsoTime,
  created: z.boolean(),
})
export const QuarterParams = z.object({ compoundId: Id, quarter: Quarter })
