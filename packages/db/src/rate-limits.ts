import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { isConditionFailure } from './items'
import { keys } from './keys'
import { tableSpec } from './table'

export interface RateWindow {
  /** What is counted (`login-ip`, `write-user`, `write-ip`) and for whom (an address or a user id). */
  scope: string
  subject: string
  limit: number
  windowSeconds: number
}

export type RateCount = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * What this instance took from one window's shared counter: `granted` requests' worth, `used` of them so far;
 * `exhausted` once the counter refused even one (counters only grow within a window, so it stays refused).
 */
interface Lease {
  windowEnd: number
  /** The shared count after this instance's last take: what is left for anyone is at most `limit − seen`. */
  seen: number
  granted: number
  used: number
  exhausted: boolean
  /** This instance's takes of the window still in flight: a request the counter refused waits for them. */
  inflight: Set<Promise<boolean>>
}
type Leases = Map<string, Lease>
/** Per client, as the other warm-instance copies are (a process may run one local stack after another). */
const leasesByClient = new WeakMap<object, Leases>()
function leasesOf(client: object): Leases {
  let map = leasesByClient.get(client)
  if (!map) leasesByClient.set(client, (map = new Map()))
  return map
}
const PRUNE_AT = 10_000
function prune(leases: Leases, nowSeconds: number): void {
  if (leases.size < PRUNE_AT) return
  for (const [key, lease] of leases) if (lease.windowEnd <= nowSeconds) leases.delete(key)
}

/**
 * How many requests one call takes from the shared counter: one at first; then as many as this instance has
 * already let through in this window (so a busy subject's takes double and its calls fall to a handful per
 * window), never more than a quarter of the limit. What an instance holds unused is at most what it has used,
 * so other instances can be refused early by at most that much; a person's or an address's first requests,
 * and any burst at once, still take one each, so exactly `limit` get through.
 */
export function leaseSize(lease: Pick<Lease, 'granted' | 'seen'>, limit: number): number {
  return Math.max(1, Math.min(lease.granted, Math.floor(limit / 4), limit - lease.seen))
}

/** Takes `n` from the window's counter; the count after it, or undefined when fewer than `n` are left. */
async function take(db: Db, w: RateWindow, windowStart: number, windowEnd: number, n: number) {
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.rateCounter(w.scope, w.subject, windowStart),
        UpdateExpression: 'ADD n :n SET #type = :type, #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(n) OR n <= :most',
        ExpressionAttributeNames: { '#type': 'type', '#ttl': tableSpec.ttlAttribute },
        ExpressionAttributeValues: {
          ':n': n,
          ':most': w.limit - n,
          ':type': 'rate',
          ':ttl': windowEnd + w.windowSeconds,
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    return Number(out.Attributes?.n ?? n)
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return undefined
  }
}

/**
 * Counts one request in a fixed window. The count is one item per window, moved by a conditional UpdateItem
 * (`n ≤ limit − taken`), so requests on any number of Lambda instances never get more than `limit` through per
 * window; the counter removes itself by TTL a window after it ends. A warm instance takes requests from it in
 * leases (`leaseSize`) and lets the rest of a lease through without a call; once the counter refuses, this
 * instance refuses the subject for the rest of the window without asking again.
 */
export async function countRequest(db: Db, w: RateWindow, now: Date): Promise<RateCount> {
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const windowStart = nowSeconds - (nowSeconds % w.windowSeconds)
  const windowEnd = windowStart + w.windowSeconds
  const refused = { allowed: false as const, retryAfterSeconds: Math.max(1, windowEnd - nowSeconds) }
  const leases = leasesOf(db.raw)
  const key = `${w.scope}|${w.subject}|${windowStart}`
  let lease = leases.get(key)
  if (!lease) {
    prune(leases, nowSeconds)
    leases.set(key, (lease = { windowEnd, seen: 0, granted: 0, used: 0, exhausted: false, inflight: new Set() }))
  }
  if (lease.used < lease.granted) {
    lease.used += 1
    return { allowed: true }
  }
  if (lease.exhausted) return refused
  const attempt = takeLease(db, w, windowStart, windowEnd, lease)
  lease.inflight.add(attempt)
  const ok = await attempt.finally(() => lease.inflight.delete(attempt))
  if (ok) return { allowed: true }
  // Requests of this instance that arrived a moment earlier may have taken a lease of two or more that they do
  // not all use: once their takes land, what is unused is this request's, so a burst that arrives in waves
  // still gets exactly `limit` through.
  await Promise.allSettled([...lease.inflight])
  if (lease.used < lease.granted) {
    lease.used += 1
    return { allowed: true }
  }
  lease.exhausted = true
  return refused
}

/**
 * One take from the counter for this request: on success it is counted as used in the same step, so no other
 * request of the instance can spend the slot first.
 */
async function takeLease(db: Db, w: RateWindow, windowStart: number, windowEnd: number, lease: Lease) {
  const size = leaseSize(lease, w.limit)
  // A lease larger than what is left (others took meanwhile) falls back to one request, so none is lost.
  let got = size
  let count = await take(db, w, windowStart, windowEnd, size)
  if (count === undefined && size > 1) {
    got = 1
    count = await take(db, w, windowStart, windowEnd, 1)
  }
  if (count === undefined) return false
  lease.seen = Math.max(lease.seen, count)
  lease.granted += got
  lease.used += 1
  return true
}
