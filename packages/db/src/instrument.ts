import { InternalServerError, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb'
import type { Db } from './client'
import { keyId, keys } from './keys'

/**
 * A test and benchmark hook on a Db's SDK middleware stack: it counts the DynamoDB calls made (the bench's
 * "calls per request", the fuzz suite's "no write before validation") and fails chosen writes on purpose
 * (the fault-injection suite). Nothing in the request path uses it.
 */

export type DbCallKind = 'read' | 'write' | 'other'

export interface DbCall {
  /** The SDK command without its suffix: `GetItem`, `Query`, `TransactWriteItems`… */
  command: string
  kind: DbCallKind
  /** Items a write touches (a transaction's or a batch's length); 1 for single-item calls. */
  items: number
  /** Capacity units DynamoDB reported, when `measureCapacity` asked for them. */
  capacity?: number
  /** `PK|SK` of the (first) item a write touches, to tell which route made it. */
  target?: string
  /** `PK|SK` of the item a GetItem reads, to tell the access check's membership read from a route's own. */
  key?: string
  /** The index a Query or Scan read, and the items it read (before any filter): what a sparse index saves. */
  index?: string
  scanned?: number
  /** The error name, when the call failed (injected or real). */
  failed?: string
  /** The call's input as the document client gave it, when `keepInputs` asked (the bench sends it again). */
  input?: Record<string, unknown>
  /** What `beforeWrite` answered for this write, asked right before it was sent. */
  before?: Record<string, unknown>[]
}

export interface DbFault {
  /** Fail the nth write (1-based) counted from when the fault is armed… */
  nth: number
  /** …and the writes right after it, `times` in all (default 1). */
  times?: number
  error: 'throttle' | 'internal'
  /**
   * `command`: the call fails as if the SDK's own retries were spent (the caller sees it). `attempt`: one HTTP
   * attempt fails inside the SDK's retry loop, which backs off and tries again (a transient blip).
   */
  level?: 'command' | 'attempt'
}

export interface DbProbe {
  /** Calls since the last `reset`, in the order they were made. */
  readonly calls: readonly DbCall[]
  reads(): number
  writes(): number
  reset(): void
  failWrites(fault: DbFault): void
  clearFaults(): void
  detach(): void
}

const KIND: Record<string, DbCallKind> = {
  GetItem: 'read',
  BatchGetItem: 'read',
  Query: 'read',
  Scan: 'read',
  TransactGetItems: 'read',
  PutItem: 'write',
  UpdateItem: 'write',
  DeleteItem: 'write',
  BatchWriteItem: 'write',
  TransactWriteItems: 'write',
}

type Keyed = { Item?: Record<string, unknown>; Key?: Record<string, unknown> }
type Input = Keyed & {
  TransactItems?: Array<Record<string, Keyed | undefined>>
  RequestItems?: Record<string, Array<{ PutRequest?: Keyed; DeleteRequest?: Keyed }>>
  ReturnConsumedCapacity?: string
  IndexName?: string
}
type Capacity = { CapacityUnits?: number }

function itemsOf(input: Input): number {
  if (input.TransactItems) return input.TransactItems.length
  if (input.RequestItems) return Object.values(input.RequestItems).reduce((n, list) => n + list.length, 0)
  return 1
}

function targetOf(input: Input): string | undefined {
  const first = input.TransactItems?.[0] ?? Object.values(input.RequestItems ?? {})[0]?.[0]
  const keyed: Keyed | undefined = first ? Object.values(first)[0] : input
  const key = keyed?.Item ?? keyed?.Key
  return key ? keyId(key) : undefined
}

/**
 * Whether a call is the access check's read of a membership: made on a cold instance, skipped on a warm one that
 * holds the copy (membership-cache.ts). Call counts of a route leave it out to stay the same either way.
 */
export const isMembershipRead = (c: DbCall): boolean =>
  c.command === 'GetItem' && (c.key ?? '').includes(`|${MEMBERSHIP_SK}`)
const MEMBERSHIP_SK = keys.membership('', '').SK

function capacityOf(output: unknown): number | undefined {
  const consumed = (output as { ConsumedCapacity?: Capacity | Capacity[] } | undefined)?.ConsumedCapacity
  if (consumed === undefined) return undefined
  return (Array.isArray(consumed) ? consumed : [consumed]).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0)
}

function injected(error: DbFault['error']): Error {
  const $metadata = { httpStatusCode: error === 'throttle' ? 400 : 500 }
  return error === 'throttle'
    ? new ProvisionedThroughputExceededException({ message: 'injected: throughput exceeded', $metadata })
    : new InternalServerError({ message: 'injected: internal server error', $metadata })
}

let probes = 0

type Middleware = Parameters<Db['raw']['middlewareStack']['add']>[0]

/** Attaches a probe to `db` (and so to its document client, which shares the raw client's stack). */
export interface ProbeOptions {
  /** Ask DynamoDB for the capacity each call consumed. */
  measureCapacity?: boolean
  /** Keep each call's input (`DbCall.input`). */
  keepInputs?: boolean
  /**
   * Called, and waited for, right before each write is sent, with its input; its answer is kept as the call's
   * `before` (the bench reads there, through a client of its own, the items a write is about to replace).
   */
  beforeWrite?(command: string, input: Record<string, unknown>): Promise<Record<string, unknown>[]>
}

export function instrumentDb(db: Db, options: ProbeOptions = {}): DbProbe {
  const id = ++probes
  const names = { count: `jiayuanProbe${id}`, attempt: `jiayuanProbeAttempt${id}` }
  let calls: DbCall[] = []
  let fault: (DbFault & { seen: number }) | undefined

  /** Whether this write (counted from arming) is one the armed fault fails at the given level. */
  const faultFor = (level: 'command' | 'attempt'): DbFault['error'] | undefined => {
    if (!fault || (fault.level ?? 'command') !== level) return undefined
    fault.seen += 1
    const hit = fault.seen >= fault.nth && fault.seen < fault.nth + (fault.times ?? 1)
    return hit ? fault.error : undefined
  }

  const stack = db.raw.middlewareStack
  stack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? '').replace(/Command$/, '')
      const kind = KIND[command] ?? 'other'
      const input = args.input as Input
      const call: DbCall = { command, kind, items: kind === 'write' ? itemsOf(input) : 1 }
      const target = kind === 'write' ? targetOf(input) : undefined
      if (target) call.target = target
      if (command === 'GetItem' && input.Key) call.key = keyId(input.Key)
      if (input.IndexName) call.index = input.IndexName
      if (options.keepInputs) call.input = structuredClone(input) as Record<string, unknown>
      calls.push(call)
      if (options.beforeWrite && kind === 'write')
        call.before = await options.beforeWrite(command, input as Record<string, unknown>)
      if (options.measureCapacity && kind !== 'other') input.ReturnConsumedCapacity = 'TOTAL'
      const error = kind === 'write' ? faultFor('command') : undefined
      if (error) {
        const err = injected(error)
        call.failed = err.name
        throw err
      }
      try {
        const out = await next(args)
        const capacity = capacityOf(out.output)
        if (capacity !== undefined) call.capacity = capacity
        const scanned = (out.output as { ScannedCount?: number } | undefined)?.ScannedCount
        if (scanned !== undefined) call.scanned = scanned
        return out
      } catch (err) {
        call.failed = (err as Error).name
        throw err
      }
    },
    { step: 'initialize', name: names.count, priority: 'high' },
  )
  const perAttempt: Middleware = (next, context) => async (args) => {
    const command = String(context.commandName ?? '').replace(/Command$/, '')
    const error = KIND[command] === 'write' ? faultFor('attempt') : undefined
    if (error) throw injected(error)
    return next(args)
  }
  stack.addRelativeTo(perAttempt, { relation: 'after', toMiddleware: 'retryMiddleware', name: names.attempt })

  return {
    get calls() {
      return calls
    },
    reads: () => calls.filter((c) => c.kind === 'read').length,
    writes: () => calls.filter((c) => c.kind === 'write').length,
    reset() {
      calls = []
    },
    failWrites(f) {
      fault = { ...f, seen: 0 }
    },
    clearFaults() {
      fault = undefined
    },
    detach() {
      stack.remove(names.count)
      stack.remove(names.attempt)
    },
  }
}
