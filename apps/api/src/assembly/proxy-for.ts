import type { ProxyPrincipal } from '@jiayuan/contracts'
import {
  getProxy,
  getSnapshotSubject,
  getUnit,
  principalsOf,
  readSubjectBallots,
  rollOwnerNames,
  type MeetingRecord,
} from '@jiayuan/db'
import { proxyStateOf } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { ballotViews } from './views'

/**
 * The principals whose signed letters name this person as proxy (DOMAIN V6, V15), each with whom and what they
 * vote for (name, units and area of the frozen roll), the holder's own ballots for them and where that vote
 * stands: not cast, cast, or taken back by the owner voting directly.
 */
export async function proxyPrincipals(deps: Deps, m: MeetingRecord, holderUserId: string): Promise<ProxyPrincipal[]> {
  const { db } = deps
  const principals = await principalsOf(db, m.compoundId, m.meetingId, holderUserId)
  const names = await rollOwnerNames(db, m.compoundId, principals)
  const found = await Promise.all(
    principals.map(async (principalId) => {
      const [history, letter, frozen] = await Promise.all([
        readSubjectBallots(db, m.compoundId, m.meetingId, principalId),
        getProxy(db, m.compoundId, m.meetingId, principalId),
        // Before voting opens there is no frozen roll yet; the page shows principals only while voting is open.
        m.rollHash ? getSnapshotSubject(db, m.compoundId, m.meetingId, m.rollHash, principalId) : undefined,
      ])
      if (letter?.holderUserId !== holderUserId) return undefined
      const units = await Promise.all((frozen?.subject.units ?? []).map((u) => getUnit(db, m.compoundId, u.unitId)))
      const ballots = ballotViews(history, (b) => b.proxyHolderUserId === holderUserId)
      return {
        principalId,
        name: names.get(principalId) ?? '业主',
        unitLabels: units.flatMap((u) => (u ? [u.label] : [])).sort(),
        area: frozen?.subject.area ?? 0,
        letterRegisteredAt: letter.registeredAt,
        state: proxyStateOf(history, ballots.length > 0),
        ballots,
      }
    }),
  )
  return found.filter((p) => p !== undefined)
}
