import type { ProxyPrincipal } from '@jiayuan/contracts'
import {
  getProxy,
  getSnapshotSubject,
  principalsOf,
  readSubjectBallots,
  rollOwnerNames,
  sharedUnits,
  type MeetingRecord,
} from '@jiayuan/db'
import { proxyStateOf } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { ballotViews } from './views'

/**
 * The principals whose signed letters name this person as proxy (DOMAIN V6, V15), each with whom and what they
 * vote for (name, units and area of the frozen roll), the holder's own ballots for them and where that vote
 * stands: not cast, cast, or taken back by the owner voting directly. `principals` is the holder's list when the
 * caller started reading it already (alongside the meeting). Names, unit labels (this instance's copy of the
 * units) and each principal's ballots, letter and frozen entry are read in one round.
 */
export async function proxyPrincipals(
  deps: Deps,
  m: MeetingRecord,
  holderUserId: string,
  principals: Promise<string[]> = principalsOf(deps.db, m.compoundId, m.meetingId, holderUserId),
): Promise<ProxyPrincipal[]> {
  const { db } = deps
  const ids = await principals
  if (ids.length === 0) return []
  const [names, units, found] = await Promise.all([
    rollOwnerNames(db, m.compoundId, ids),
    sharedUnits(db, m.compoundId),
    Promise.all(
      ids.map(async (principalId) => {
        const [history, letter, frozen] = await Promise.all([
          readSubjectBallots(db, m.compoundId, m.meetingId, principalId),
          getProxy(db, m.compoundId, m.meetingId, principalId),
          // Before voting opens there is no frozen roll yet; the page shows principals only while voting is open.
          m.rollHash ? getSnapshotSubject(db, m.compoundId, m.meetingId, m.rollHash, principalId) : undefined,
        ])
        return { principalId, history, letter, frozen }
      }),
    ),
  ])
  const labels = new Map(units.map((u) => [u.unitId, u.label]))
  return found.flatMap(({ principalId, history, letter, frozen }) => {
    if (letter?.holderUserId !== holderUserId) return []
    const ballots = ballotViews(history, (b) => b.proxyHolderUserId === holderUserId)
    return [
      {
        principalId,
        name: names.get(principalId) ?? '业主',
        unitLabels: (frozen?.subject.units ?? []).flatMap((u) => labels.get(u.unitId) ?? []).sort(),
        area: frozen?.subject.area ?? 0,
        letterRegisteredAt: letter.registeredAt,
        state: proxyStateOf(history, ballots.length > 0),
        ballots,
      },
    ]
  })
}
