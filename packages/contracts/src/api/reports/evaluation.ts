import { z } from 'zod'
import { CompoundParams, IsoTime } from '../../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../../endpoint'
import {
  EvaluationReceipt,
  EvaluationRequest,
  EvaluationScores,
  EvaluationSummary,
  Quarter,
  QuarterParams,
} from '../../reports'
import { context, evaluations } from './shared'

export const rateService = endpoint({
  id: 'reports.evaluation.rate',
  method: 'post',
  path: evaluations,
  summary:
    'Rate the property service for the current quarter: verified owners only (an approved binding, V13), once per ' +
    'household (unit) per quarter; a repeat by the same person returns the first, another member of the household 409',
  context,
  // Anyone may join a compound (issue 15 item 9): rating it needs a verified owner of a unit there.
  access: { kind: 'compound', roles: ['owner'] },
  params: CompoundParams,
  body: EvaluationRequest,
  response: EvaluationReceipt,
  status: 201,
})

export const currentEvaluation = endpoint({
  id: 'reports.evaluation.current',
  method: 'get',
  path: evaluations,
  summary: "The current quarter (by the server's clock): the caller's own rating if any, and the quarter's aggregate",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: z.object({
    quarter: Quarter,
    /** Only the caller's own rating; nobody else's is ever answered (P3). */
    mine: z.object({ scores: EvaluationScores, at: IsoTime }).nullable(),
    /** Someone else of the caller's household (one of their units) already rated this quarter. */
    householdRated: z.boolean(),
    summary: EvaluationSummary,
  }),
})

export const evaluationSummary = endpoint({
  id: 'reports.evaluation.summary',
  method: 'get',
  path: `${evaluations}/{quarter}`,
  summary: "A quarter's score, components and board (红灰黑榜), aggregate only",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: QuarterParams,
  response: EvaluationSummary,
})
