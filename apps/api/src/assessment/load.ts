import { RubricDraft, type CompoundAssessment, type EvaluationInputs, type Rubric } from '@jiayuan/contracts'
import {
  evaluationsOfQuarter,
  figureRefOf,
  getAssessment,
  getCommunity,
  getCompound,
  getCompoundFacts,
  getQuarterCounts,
  getRubric,
  listCommunityCompounds,
  listScoreSheets,
  listStreetCommunityIds,
  type FigureRef,
} from '@jiayuan/db'
import { Conflict, NotFound, RuleViolation, dataAsOf, quartersBefore, summarizeEvaluations } from '@jiayuan/domain'
import type { Deps } from '../deps'

/** The compound, when it lies in the path's street (G4); else 404, so another street's compound is not there. */
export async function compoundInStreet(deps: Deps, streetId: string, compoundId: string) {
  const ref = await figureRefOf(deps.db, compoundId, deps.clock().getTime())
  if (ref?.streetId !== streetId) throw new NotFound('小区')
  return { ref, compound: await getCompound(deps.db, compoundId) }
}

/** The street's compounds with their community's name: one Query per community. */
export async function streetCompounds(deps: Deps, streetId: string) {
  const communityIds = await listStreetCommunityIds(deps.db, streetId)
  const per = await Promise.all(
    communityIds.map(async (communityId) => {
      const [community, compounds] = await Promise.all([
        getCommunity(deps.db, communityId),
        listCommunityCompounds(deps.db, communityId),
      ])
      return compounds.map((c) => ({ compoundId: c.compoundId, name: c.name, communityName: community.name }))
    }),
  )
  return per.flat()
}

/** The street's published rubric, else 422: nothing is scored against a draft. */
export async function publishedRubric(deps: Deps, streetId: string): Promise<Rubric> {
  const rubric = await getRubric(deps.db, streetId)
  if (rubric?.status !== 'published')
    throw new RuleViolation('RubricNotPublished', '街道还没有发布考评细则，请先发布', [
      { field: 'rubric', message: '街道还没有发布考评细则' },
    ])
  return rubric
}

export const assertOpen = (row: CompoundAssessment) => {
  if (row.status === 'published')
    throw new Conflict('AssessmentPublished', '本季度考评结果已发布，不能再修改', [
      { field: 'status', message: '已发布' },
    ])
}

/**
 * Everything a compound's result is computed from (S2), read now: the rubric, the residents' survey of the
 * quarter, the street's counters and facts (OV2, OV1), the sheets of the members still on the panel, and
 * whether each earlier quarter was off 红榜.
 */
export async function gatherInputs(
  deps: Deps,
  row: CompoundAssessment,
  rubric: Rubric,
  now: Date,
): Promise<EvaluationInputs> {
  const { streetId, quarter, compoundId } = row
  const ref: FigureRef = { streetId, compoundId }
  const [ratings, counts, facts, sheets, earlier] = await Promise.all([
    evaluationsOfQuarter(deps.db, compoundId, quarter),
    getQuarterCounts(deps.db, ref, quarter),
    getCompoundFacts(deps.db, ref),
    listScoreSheets(deps.db, streetId, quarter, compoundId),
    Promise.all(
      quartersBefore(quarter, rubric.failingQuartersToBlack - 1).map((q) =>
        getAssessment(deps.db, streetId, q, compoundId),
      ),
    ),
  ])
  const seats = new Set(row.panel.map((m) => `${m.userId}|${m.party}`))
  return {
    rubric: RubricDraft.parse(rubric),
    survey: summarizeEvaluations(quarter, ratings),
    counts,
    lastDisclosureAt: facts.lastDisclosureAt ?? null,
    sheets: sheets.filter((s) => seats.has(`${s.userId}|${s.party}`)).sort((a, b) => a.userId.localeCompare(b.userId)),
    asOf: dataAsOf(quarter, now),
    earlierFailing: earlier.map((a) => (a?.status === 'published' && a.result ? a.result.failing : false)),
  }
}
