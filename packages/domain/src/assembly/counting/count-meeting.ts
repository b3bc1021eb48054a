import type { Ballot, MatterType, PublicRollEntry, TallyCounts, TallyResult, VotingRoll } from '@jiayuan/contracts'
import { byCodeUnit } from '../order'
import { tally } from './tally'

export interface MotionRef {
  motionId: string
  matterType: MatterType
}

/**
 * A roll that carries only what counting needs (reference, kind, area), as it is published. Each head gets one
 * stand-in unit so the shape is a `VotingRoll`; the tally reads only the subject's counted area.
 */
export function publicVotingRoll(entries: readonly PublicRollEntry[]): VotingRoll {
  return {
    parkingAreaCounts: false,
    subjects: [...entries]
      .sort((a, b) => byCodeUnit(a.ref, b.ref))
      .map((e) => ({
        subjectId: e.ref,
        kind: e.kind,
        area: e.area,
        units: [{ unitId: e.ref, area: e.area, areaCounts: true }],
      })),
  }
}

/** Every motion of a meeting counted from one ballot list: raw always, deemed only under 从众 (DOMAIN V8, V10). */
export function countMotions(
  roll: VotingRoll,
  ballots: readonly Ballot[],
  motions: readonly MotionRef[],
  delivered: readonly string[] | null,
): TallyResult[] {
  return motions.map(({ motionId, matterType }) =>
    tally(
      roll,
      ballots,
      delivered
        ? { motionId, matterType, followMajority: true, deliveredSubjectIds: delivered }
        : { motionId, matterType, followMajority: false },
    ),
  )
}

/**
 * How much more participation the quorum needs (DOMAIN V1: at least 2/3 by area and by heads), for the
 * "will it pass?" meter. The smallest integer p with 3p ≥ 2t is ⌈2t/3⌉ = ⌊(2t + 2)/3⌋, exact in integers.
 */
export function quorumShortfall(
  counts: TallyCounts,
  totalArea: number,
  totalHeads: number,
): { area: number; heads: number } {
  const needed = (total: number) => Math.floor((2 * total + 2) / 3)
  return {
    area: Math.max(0, needed(totalArea) - counts.participatingArea),
    heads: Math.max(0, needed(totalHeads) - counts.participatingHeads),
  }
}
