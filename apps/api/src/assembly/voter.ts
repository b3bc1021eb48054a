import type { Membership, Role } from '@jiayuan/contracts'
import {
  getMeetingAndSnapshotSubject,
  getSnapshotSubject,
  getSnapshotUnitHolders,
  type MeetingRecord,
  type SnapshotSubject,
} from '@jiayuan/db'
import { offRollRefusal, voterStanding, type VoterRefusal } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { loadMeeting, visibleMeeting } from './load'

/** A voter's frozen-roll entry read on a guess of the roll's hash, alongside the meeting (`meetingAndEntry`). */
export interface EarlyEntry {
  rollHash: string
  ownerId: string
  found: Promise<SnapshotSubject | undefined>
}

/**
 * The frozen roll's hash each meeting was last seen with on this warm instance. Only a guess, to read a voter's
 * entry alongside the meeting (one round fewer): `checkVoter` uses what was read only when the meeting, read
 * afresh, names the same hash, and reads again otherwise.
 */
const rollHashes = new Map<string, string>()
const ROLL_HASHES_KEPT = 1_000
function rememberRollHash(compoundId: string, meetingId: string, rollHash: string): void {
  if (rollHashes.size >= ROLL_HASHES_KEPT) rollHashes.clear()
  rollHashes.set(`${compoundId}|${meetingId}`, rollHash)
}

/**
 * The meeting as `loadMeeting` gives it and, when this instance has seen the meeting's frozen roll before, the
 * owner's entry on that roll: both in one BatchGetItem (the voter's two reads in one call). `checkVoter` uses the
 * entry only if the meeting names the same roll hash. Without a hash seen, or without an owner, the meeting alone.
 */
export function meetingAndEntry(
  deps: Deps,
  params: { compoundId: string; meetingId: string },
  roles: readonly Role[],
  ownerId: string | undefined,
): { meeting: Promise<MeetingRecord>; entry?: EarlyEntry } {
  const { compoundId, meetingId } = params
  const rollHash = rollHashes.get(`${compoundId}|${meetingId}`)
  if (!rollHash || !ownerId) return { meeting: loadMeeting(deps, params, roles) }
  const both = getMeetingAndSnapshotSubject(deps.db, compoundId, meetingId, rollHash, ownerId)
  const found = both.then((b) => b.found)
  found.catch(() => undefined)
  return { meeting: both.then((b) => visibleMeeting(b.meeting, roles)), entry: { rollHash, ownerId, found } }
}

export type VoterCheck =
  { canVote: true; subjectId: string; area: number; ref: string } | { canVote: false; refusal: VoterRefusal }

/**
 * Who the caller votes as (DOMAIN V3, V13): an owner of record whose ownerId is a subject of the frozen roll.
 * A co-owner who is not the named voter, or an owner of the developer's stock, is told why not.
 */
export async function checkVoter(
  deps: Deps,
  m: MeetingRecord,
  membership: Membership | undefined,
  early?: EarlyEntry,
): Promise<VoterCheck> {
  const standing = voterStanding(membership, m)
  if ('error' in standing) return { canVote: false, refusal: standing }
  const { ownerId, rollHash } = standing
  rememberRollHash(m.compoundId, m.meetingId, rollHash)
  const found =
    early?.rollHash === rollHash && early.ownerId === ownerId
      ? await early.found
      : await getSnapshotSubject(deps.db, m.compoundId, m.meetingId, rollHash, ownerId)
  if (found) return { canVote: true, subjectId: ownerId, area: found.subject.area, ref: found.ref }
  const holders = await getSnapshotUnitHolders(deps.db, m.compoundId, m.meetingId, rollHash, membership?.unitIds ?? [])
  return { canVote: false, refusal: offRollRefusal(ownerId, [...holders.values()]) }
}

export function mustVote(check: VoterCheck): Extract<VoterCheck, { canVote: true }> {
  if (check.canVote) return check
  throw check.refusal.error
}
