import {
  street,
  type ConsoleDrill,
  type GradeRequest,
  type GradingCriteriaInput,
  type ImprovementInput,
  type ImprovementProgress,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'
import { windowWidth } from '../../lib/platform'

/** What a console page asks for: a drill and the cursor of the next page, in a page sized for the screen. */
export interface ConsolePageAsk {
  drill?: ConsoleDrill
  cursor?: string
}

/** Rows a console page asks for: a desk screen's table shows 50, a phone's cards 20. */
export const consolePageSize = () => (windowWidth() >= 1024 ? 50 : 20)

const consoleQuery = (ask: ConsolePageAsk) => ({
  limit: consolePageSize(),
  ...(ask.drill ? { drill: ask.drill } : {}),
  ...(ask.cursor ? { cursor: ask.cursor } : {}),
})

/** Calls of the consoles, grading and improvement projects (DOMAIN S1, S5). */
export const loadStreetConsole = (streetId: string, ask: ConsolePageAsk = {}) =>
  call(street.streetConsole, { params: { streetId }, query: consoleQuery(ask) })

export const loadCommunityConsole = (communityId: string, ask: ConsolePageAsk = {}) =>
  call(street.communityConsole, { params: { communityId }, query: consoleQuery(ask) })

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
