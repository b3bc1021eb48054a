import {
  street,
  type GradeRequest,
  type GradingCriteriaInput,
  type ImprovementInput,
  type ImprovementProgress,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'

/** Calls of the consoles, grading and improvement projects (DOMAIN S1, S5). */
export const loadStreetConsole = (streetId: string, quarter?: string) =>
  call(street.streetConsole, { params: { streetId }, query: quarter ? { quarter } : {} })

export const loadCommunityConsole = (communityId: string, quarter?: string) =>
  call(street.communityConsole, { params: { communityId }, query: quarter ? { quarter } : {} })

export const loadCompoundOversight = (compoundId: string) => call(street.compoundOversight, { params: { compoundId } })

export const gradeCompound = (compoundId: string, body: GradeRequest) =>
  call(street.gradeCompound, { params: { compoundId }, body })

export const addImprovement = (compoundId: string, body: ImprovementInput) =>
  call(street.addImprovement, { params: { compoundId }, body })

export const reportImprovement = (compoundId: string, projectId: string, body: ImprovementProgress) =>
  call(street.updateImprovement, { params: { compoundId, projectId }, body })

export const loadGradingCriteria = (streetId: string) => call(street.gradingCriteria, { params: { streetId } })

export const publishGradingCriteria = (streetId: string, body: GradingCriteriaInput) =>
  call(street.publishCriteria, { params: { streetId }, body })
