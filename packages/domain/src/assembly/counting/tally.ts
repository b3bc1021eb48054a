import type { Ballot, MatterType, TallyCounts, TallyResult, VoteChoice, VotingRoll } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { effectiveBallots } from '../ballots/ballots'
import { assertExact } from './exact'
import { majoritySide } from './follow-majority'
import { meetsQuorum, meetsThreshold, thresholdFor } from '../meeting/matter'
import type { Threshold } from '../meeting/matter'
import { rollTotals } from '../roll/roll'

export type TallyOptions = {
  motionId: string
  matterType: MatterType
} & (
  | { followMajority: false }
  /** V8: only owners to whom the ballot was delivered (and the delivery recorded) can be deemed to follow. */
  | { followMajority: true; deliveredSubjectIds: readonly string[] }
)

/**
 * Counts one motion on a frozen roll (DOMAIN V1, V2, V6–V8, V10). Ballots of other motions are ignored, so the
 * whole log can be passed. Every number is kept; `deemed` is null unless the compound's rules adopt 从众.
 */
export function tally(roll: VotingRoll, ballots: readonly Ballot[], options: TallyOptions): TallyResult {
  const { totalArea, totalHeads } = rollTotals(roll)
  // With nothing to count, 0 ≥ 2/3 · 0 would declare a quorum; a vote on an empty roll is a setup error.
  if (totalHeads === 0 || totalArea === 0) {
    throw new RuleViolation('EmptyRoll', '名册为空，无法计票', { totalArea, totalHeads })
  }
  const threshold = thresholdFor(options.matterType)
  const areaOf = new Map(roll.subjects.map((s) => [s.subjectId, s.area]))

  const choices = new Map<string, VoteChoice>()
  for (const ballot of effectiveBallots(ballots.filter((b) => b.motionId === options.motionId))) {
    if (!areaOf.has(ballot.subjectId)) {
      throw new RuleViolation('BallotForUnknownSubject', '选票的投票人不在冻结的名册中', {
        subjectId: ballot.subjectId,
      })
    }
    choices.set(ballot.subjectId, ballot.choice)
  }
  const raw = count(areaOf, choices, totalArea, totalHeads, threshold)
  const { motionId, matterType } = options
  const base = { motionId, matterType, threshold: threshold.kind, totalArea, totalHeads }
  if (!options.followMajority) return { ...base, raw, deemed: null }

  // V8, as implemented: each delivered non-voter is deemed to have cast a ballot for the voters' majority side
  // (see majoritySide) and is then counted exactly like a voter, in participation and quorum as well as in the
  // choice. Raw and deemed are both returned, so the published result shows what 从众 changed.
  const side = majoritySide(raw)
  const deemedChoices = new Map(choices)
  let deemedArea = 0
  let deemedHeads = 0
  for (const subjectId of new Set(options.deliveredSubjectIds)) {
    const area = areaOf.get(subjectId)
    if (area === undefined) {
      throw new RuleViolation('DeliveryForUnknownSubject', '送达记录的业主不在冻结的名册中', { subjectId })
    }
    if (side === null || choices.has(subjectId)) continue
    deemedChoices.set(subjectId, side)
    deemedArea += area
    deemedHeads += 1
  }
  const deemed = { ...count(areaOf, deemedChoices, totalArea, totalHeads, threshold), side, deemedArea, deemedHeads }
  return { ...base, raw, deemed }
}

function count(
  areaOf: ReadonlyMap<string, number>,
  choices: ReadonlyMap<string, VoteChoice>,
  totalArea: number,
  totalHeads: number,
  threshold: Threshold,
): TallyCounts {
  const area: Record<VoteChoice, number> = { yes: 0, no: 0, abstain: 0 }
  const heads: Record<VoteChoice, number> = { yes: 0, no: 0, abstain: 0 }
  for (const [subjectId, choice] of choices) {
    area[choice] += areaOf.get(subjectId) ?? 0
    heads[choice] += 1
  }
  // V7: abstaining is taking part, so abstain is in the participants but never in yes.
  const participatingArea = assertExact(area.yes + area.no + area.abstain, '参与表决面积')
  const participatingHeads = heads.yes + heads.no + heads.abstain
  const quorum = { area: meetsQuorum(participatingArea, totalArea), heads: meetsQuorum(participatingHeads, totalHeads) }
  const approval = {
    area: meetsThreshold(threshold.kind, area.yes, participatingArea),
    heads: meetsThreshold(threshold.kind, heads.yes, participatingHeads),
  }
  const met = quorum.area && quorum.heads
  return {
    participatingArea,
    participatingHeads,
    yesArea: area.yes,
    yesHeads: heads.yes,
    noArea: area.no,
    noHeads: heads.no,
    abstainArea: area.abstain,
    abstainHeads: heads.abstain,
    nonVotingArea: totalArea - participatingArea,
    nonVotingHeads: totalHeads - participatingHeads,
    quorum: { ...quorum, met },
    approval,
    passed: met && approval.area && approval.heads,
  }
}
