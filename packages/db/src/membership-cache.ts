import type { Membership } from '@jiayuan/contracts'
import { keys } from './keys'
import { writtenKeys } from './written-keys'
import { plainCopy } from './plain-copy'

/**
 * How long a warm instance trusts a membership it read for letting a person READ (app.ts `authorize`). Only to let
 * in: a copy that would refuse is read again, so a role or unit just granted on another instance works at once;
 * a role taken away elsewhere still reads for at most this long. Writes read the membership afresh, except those
 * whose transaction carries the check (access-guard.ts): they may start on a copy, and land only if the
 * membership is still the copy's when they commit.
 */
export const MEMBERSHIP_CACHE_MS = 5_000

type Copies = Map<string, { membership: Membership; readAt: number }>
/** Per client, not per table name: a process that starts one local stack after another keeps none across them. */
const copies = new WeakMap<object, Copies>()
function copiesOf(client: object): Copies {
  let map = copies.get(client)
  if (!map) copies.set(client, (map = new Map()))
  return map
}
const keyOf = (userId: string, compoundId: string) => `${userId}|${compoundId}`
const MEMBERSHIP_SK = keys.membership('', '').SK

/** This instance's copy of a membership read less than `MEMBERSHIP_CACHE_MS` ago, or undefined. */
export function cachedMembership(client: object, userId: string, compoundId: string, now = Date.now()) {
  const hit = copiesOf(client).get(keyOf(userId, compoundId))
  if (!hit || now - hit.readAt >= MEMBERSHIP_CACHE_MS) return undefined
  // A copy, so a route that changes what it was given never changes what the next request reads.
  return plainCopy(hit.membership)
}

export function rememberMembership(client: object, userId: string, m: Membership, now = Date.now()): void {
  copiesOf(client).set(keyOf(userId, m.compoundId), { membership: plainCopy(m), readAt: now })
}

/** Drops this instance's copy of one membership (a write found it changed: access-guard.ts). */
export function forgetMembership(client: object, userId: string, compoundId: string): void {
  copiesOf(client).delete(keyOf(userId, compoundId))
}

/**
 * Called by the client (client.ts) before and after every command: a write that touches any membership forgets
 * every copy this instance holds, so this instance never lets in on a membership it changed itself.
 */
export function forgetMembershipsWrittenBy(client: object, input: unknown, commandName?: string): void {
  const map = copies.get(client)
  if (!map || map.size === 0) return
  // Only writes: a GetItem's `Key` names the membership it reads (every access check's fresh read), and taking
  // that for a write forgot every other person's copy on each one.
  if (writtenKeys(input, commandName).some(({ SK }) => SK.startsWith(MEMBERSHIP_SK))) map.clear()
}
