import { assessment, reports, type BodyOf, type DisclosureSection } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadBoard = (compoundId: string) => call(reports.getDisclosureBoard, { params: { compoundId } })

export const saveSection = (
  compoundId: string,
  section: DisclosureSection,
  body: BodyOf<typeof reports.updateDisclosure>,
) => call(reports.updateDisclosure, { params: { compoundId, section }, body })

export const objectToItem = (
  compoundId: string,
  section: DisclosureSection,
  body: BodyOf<typeof reports.objectToDisclosure>,
) => call(reports.objectToDisclosure, { params: { compoundId, section }, body })

export const loadCurrentEvaluation = (compoundId: string) => call(reports.currentEvaluation, { params: { compoundId } })

export const rateService = (compoundId: string, body: BodyOf<typeof reports.rateService>) =>
  call(reports.rateService, { params: { compoundId }, body })
export const loadEvaluationSummary = (compoundId: string, quarter: string) =>
  call(reports.evaluationSummary, { params: { compoundId, quarter } })

/** The street's latest published evaluation of the compound by its rubric (S2), of which the survey is one input. */
export const loadRubricResult = (compoundId: string) =>
  call(assessment.compoundResult, { params: { compoundId }, query: {} })
