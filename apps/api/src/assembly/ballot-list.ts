import type { BallotList, MeetingExport } from '@jiayuan/contracts'
import { getMotions, listDeliveries, readBallotLog, readRoll, readRollSnapshot, type MeetingRecord } from '@jiayuan/db'
import { Conflict, maskName } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { frozenRollHash } from './counting'

export function sealedLog(m: MeetingRecord) {
  if (!m.ballotLog || !m.results || !m.closedAt) throw new Conflict('NotSealed', '投票截止后才有选票清单')
  return { ballotLog: m.ballotLog, results: m.results, closedAt: m.closedAt }
}

/**
 * The published list (DOMAIN V10, V11) plus, for the committee's export, the frozen roll and the reference
 * map. Names are display only, outside every hash, and masked unless the compound names ballots.
 */
export async function buildExport(deps: Deps, m: MeetingRecord): Promise<MeetingExport> {
  const { ballotLog, results } = sealedLog(m)
  const rollHash = frozenRollHash(m)
  const followMajority = m.rules?.followMajority.enabled === true
  const [entries, snapshot, motions, deliveries, current] = await Promise.all([
    readBallotLog(deps.db, m.compoundId, m.meetingId),
    readRollSnapshot(deps.db, m.compoundId, m.meetingId, rollHash),
    getMotions(deps.db, m.compoundId, m.meetingId),
    followMajority ? listDeliveries(deps.db, m.compoundId, m.meetingId) : Promise.resolve([]),
    readRoll(deps.db, m.compoundId),
  ])
  const { roll, refs } = snapshot
  const nameOf = new Map(current.owners.map((o) => [o.ownerId, o.name]))
  const named = m.rules?.namedBallots === true
  return {
    meetingId: m.meetingId,
    compoundId: m.compoundId,
    namedBallots: named,
    rollHash,
    window: { opensAt: m.votingOpensAt ?? '', closesAt: m.votingClosesAt ?? '' },
    motions: motions.map((x) => ({ motionId: x.motionId, matterType: x.matterType })),
    publicRoll: roll.subjects.map((s) => ({ ref: refs[s.subjectId] ?? s.subjectId, kind: s.kind, area: s.area })),
    deliveredRefs: followMajority ? deliveries.flatMap((d) => refs[d.subjectId] ?? []).sort() : null,
    entries,
    headHash: ballotLog.headHash,
    names: Object.fromEntries(
      roll.subjects.map((s) => {
        const name = nameOf.get(s.subjectId) ?? '业主'
        return [refs[s.subjectId] ?? s.subjectId, named ? name : maskName(name)]
      }),
    ),
    results: results.map(({ title: _title, ...r }) => r),
    roll,
    refs,
  }
}

export function publicList(exp: MeetingExport): BallotList {
  const { roll: _roll, refs: _refs, ...list } = exp
  return list
}
