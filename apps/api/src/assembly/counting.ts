import type { MotionResult, PublicRollEntry } from '@jiayuan/contracts'
import {
  ballotRecordOf,
  listDeliveries,
  readAllBallots,
  readRollSnapshot,
  type MeetingRecord,
  type MotionRecord,
} from '@jiayuan/db'
import { Conflict, countMotions, orderBallots, publicVotingRoll, toBallot, type BallotRecord } from '@jiayuan/domain'
import type { Deps } from '../deps'

export function frozenRollHash(m: MeetingRecord): string {
  if (!m.rollHash) throw new Conflict('VotingNotOpen', '投票尚未开始，名册还没有冻结')
  return m.rollHash
}

export interface MeetingCount {
  publicRoll: PublicRollEntry[]
  deliveredRefs: string[] | null
  records: BallotRecord[]
  results: MotionResult[]
}

/**
 * Counts a meeting from what is stored: every ballot version, the frozen roll as published (references and
 * areas) and, under 从众, the owners the ballot was delivered to. The same pure count the verifier runs, so
 * what the close stores is what anyone recounting the published list gets.
 */
export async function countMeeting(
  deps: Deps,
  m: MeetingRecord,
  motions: readonly MotionRecord[],
): Promise<MeetingCount> {
  const hash = frozenRollHash(m)
  const followMajority = m.rules?.followMajority.enabled === true
  const [ballots, snapshot, deliveries] = await Promise.all([
    readAllBallots(deps.db, m.compoundId, m.meetingId),
    readRollSnapshot(deps.db, m.compoundId, m.meetingId, hash),
    followMajority ? listDeliveries(deps.db, m.compoundId, m.meetingId) : Promise.resolve([]),
  ])
  const publicRoll = snapshot.roll.subjects.map((s) => ({
    ref: snapshot.refs[s.subjectId] ?? s.subjectId,
    kind: s.kind,
    area: s.area,
  }))
  // A delivery recorded before opening to someone no longer on the frozen roll cannot deem anyone.
  const deliveredRefs = followMajority ? deliveries.flatMap((d) => snapshot.refs[d.subjectId] ?? []).sort() : null
  const records = ballots.map(ballotRecordOf)
  const tallies = countMotions(
    publicVotingRoll(publicRoll),
    orderBallots(records).map(toBallot),
    motions,
    deliveredRefs,
  )
  const results = tallies.map((t, i) => ({ ...t, title: motions[i]?.title ?? t.motionId }))
  return { publicRoll, deliveredRefs, records, results }
}

export function channelCounts(records: readonly BallotRecord[]) {
  const counts = { online: 0, paper: 0, proxy: 0 }
  for (const r of records) counts[r.channel] += 1
  return counts
}
