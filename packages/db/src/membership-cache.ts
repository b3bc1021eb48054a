import type { Membership } from '@jiayuan/contracts'
import { keys } from './keys'

/**
 * How long a warm instance trusts a membership it read for letting a person READ (app.ts `authorize`). Only to let
 * in: a copy that would refuse is read again, so a role or unit just granted on another instance works at once;
 * a role taken away elsewhere still reads for at most this long. Writes always read the membership afresh.
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
  return structuredClone(hit.membership)
}

export function rememberMembership(client: object, userId: string, m: Membership, now = Date.now()): void {
  copiesOf(client).set(keyOf(userId, m.compoundId), { membership: structuredClone(m), readAt: now })
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'S' in v ? String((v as { S: unknown }).S) : undefined

type Item = Record<string, unknown> | undefined
/** The parts of a write command's input that name items (the SDK's own types, reduced to what is read here). */
interface WriteInput {
  Item?: Item
  Key?: Item
  TransactItems?: Array<{ Put?: { Item?: Item }; Update?: { Key?: Item }; Delete?: { Key?: Item } }>
  RequestItems?: Record<string, Array<{ PutRequest?: { Item?: Item }; DeleteRequest?: { Key?: Item } }>>
}

/** The sort keys a write command's input touches: Put, Update, Delete, transactions and batches. */
function writtenSortKeys(input: WriteInput): string[] {
  const of = (item: Item) => text(item?.SK)
  const out: Array<string | undefined> = [of(input.Item), of(input.Key)]
  for (const t of input.TransactItems ?? []) out.push(of(t.Put?.Item), of(t.Update?.Key), of(t.Delete?.Key))
  for (const requests of Object.values(input.RequestItems ?? {}))
    if (Array.isArray(requests)) for (const r of requests) out.push(of(r.PutRequest?.Item), of(r.DeleteRequest?.Key))
  return out.filter((sk): sk is string => sk !== undefined)
}

/**
 * Called by the client (client.ts) before and after every command: a write that touches any membership forgets
 * every copy this instance holds, so this instance never lets in on a membership it changed itself.
 */
export function forgetMembershipsWrittenBy(client: object, input: unknown): void {
  const map = copies.get(client)
  if (!map || map.size === 0 || !input || typeof input !== 'object') return
  if (writtenSortKeys(input as WriteInput).some((sk) => sk.startsWith(MEMBERSHIP_SK))) map.clear()
}
