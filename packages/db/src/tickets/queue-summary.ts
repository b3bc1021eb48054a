import { randomBytes } from 'node:crypto'
import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket } from '@jiayuan/contracts'
import { heldAccessOf } from '../access-guard'
import type { Db } from '../client'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { isCancelledByCondition, transactRetryingConflicts, type TransactItem } from '../transact'
import { getStoredTicket } from './ticket-item'

/**
 * 网格工单's summary of a grid's open tickets (TK23). The queue orders a grid's whole backlog and counts its tabs,
 * but shows a page of 20: reading every open ticket (TK3) costs the API and DynamoDB in proportion to the backlog.
 * So each ticket write (create, number, every change) also keeps, in one of the grid's 32 shard items, the ticket's
 * entry: what its row shows and what orders and counts it. The queue reads the shards in one Query and answers
 * from them alone. 32 shards keep each write small (a write rewrites its shard item: some 400 bytes an open ticket,
 * most of it the description, so 600 open tickets cost a ticket write about 8 KB more) and spread concurrent writes
 * of one grid, which DynamoDB would otherwise cancel against each other (those are sent again).
 */
export const QUEUE_SHARDS = 32

/**
 * What the queue shows of a ticket, orders it by and sorts it into tabs and filters with: its row (contracts'
 * QueueTicket), its SLA fields (domain's SLA_FIELDS), who holds it and whether it waits for dispatch. Not its
 * photos, requester or timeline. Spelled out rather than built from those two, so the table's code (every
 * function's bundle reads compounds through it) loads neither; queue-summary.test.ts holds it to them.
 */
export const QUEUE_ENTRY_FIELDS = [
  'ticketId',
  'number',
  'category',
  'priority',
  'status',
  'location',
  'unitLabel',
  'gridId',
  'assigneeId',
  'description',
  'submittedAt',
  'statusAt',
  'pauses',
  'acceptedAt',
  'escalation',
  'onSiteAt',
  'resolvedAt',
  'dispatchQueuedAt',
] as const satisfies ReadonlyArray<keyof Ticket>

export type QueueEntry = Pick<Ticket, (typeof QUEUE_ENTRY_FIELDS)[number]>

/**
 * A ticket's entry attribute on its shard item, its value the entry as JSON text: one string an entry, where a
 * map would be some ten typed attributes that DynamoDB, the SDK and its converter each walk on every read (the
 * queue reads every entry of the grid on every page).
 */
const entryName = (ticketId: string) => `t:${ticketId}`
const ENTRY_PREFIX = 't:'

/**
 * A shard's revision: a fresh random token set by every write of the shard, so a reader holding a copy of the
 * shard at one token knows it unchanged while the token stands (`readQueueSummary` asks only for shards whose
 * token moved). Random rather than counted, so no two shards of a grid share one and a single `NOT IN` tells them
 * apart; two writes joined into one (ticket-births.ts) keep either token.
 */
export const SHARD_REVISION = 'qrev'
const freshRevision = () => randomBytes(9).toString('base64url')

/** Which of a grid's shards holds a ticket: FNV-1a of its id. */
export function queueShardOf(ticketId: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < ticketId.length; i++) {
    hash ^= ticketId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % QUEUE_SHARDS
}

/** The summary holds the open tickets (TK3's open partition) that a grid holds. */
const summarized = (ticket: Ticket | undefined): ticket is Ticket & { gridId: string } =>
  ticket !== undefined && ticket.status !== 'closed' && ticket.gridId !== undefined

export function queueEntryOf(ticket: Ticket): QueueEntry {
  const entry: Record<string, unknown> = {}
  for (const field of QUEUE_ENTRY_FIELDS) if (ticket[field] !== undefined) entry[field] = ticket[field]
  return entry as QueueEntry
}

/**
 * What a ticket write adds to its transaction so the summary follows it: the entry set on its grid's shard while
 * the ticket is open, removed when it closes or leaves the grid (and set on the new grid's). One item per grid
 * touched, so the transaction never names a shard twice.
 */
export function queueSummaryWrites(db: Db, before: Ticket | undefined, after: Ticket): TransactItem[] {
  const writes: TransactItem[] = []
  const name = entryName(after.ticketId)
  const shard = queueShardOf(after.ticketId)
  if (summarized(before) && !(summarized(after) && after.gridId === before.gridId))
    writes.push({
      Update: {
        TableName: db.table,
        Key: keys.queueShard(after.compoundId, before.gridId, shard),
        UpdateExpression: 'REMOVE #e SET #rev = :rev',
        ExpressionAttributeNames: { '#e': name, '#rev': SHARD_REVISION },
        ExpressionAttributeValues: { ':rev': freshRevision() },
      },
    })
  if (summarized(after))
    writes.push({
      Update: {
        TableName: db.table,
        Key: keys.queueShard(after.compoundId, after.gridId, shard),
        UpdateExpression: 'SET #e = :e, #type = :type, #rev = :rev',
        ExpressionAttributeNames: { '#e': name, '#type': 'type', '#rev': SHARD_REVISION },
        ExpressionAttributeValues: {
          ':e': JSON.stringify(queueEntryOf(after)),
          ':type': 'ticket_queue_shard',
          ':rev': freshRevision(),
        },
      },
    })
  return writes
}

/** A grid made after the summary existed holds no ticket yet: its summary is whole from the start. */
export function queueReadyPut(db: Db, compoundId: string, gridId: string): TransactItem {
  return { Put: { TableName: db.table, Item: { ...keys.queueReady(compoundId, gridId), type: 'ticket_queue_ready' } } }
}

/**
 * The open tickets' entries of some grids, one consistent Query of each grid's summary (in parallel), or
 * undefined when a grid's summary is not yet whole (no `READY`: the data upgrade has not filled it), for the
 * caller to read the tickets themselves. The entries are shared with later reads (see `GridCopy`): read-only.
 */
export async function readQueueSummary(
  db: Db,
  compoundId: string,
  gridIds: readonly string[],
): Promise<readonly QueueEntry[] | undefined> {
  const grids = await Promise.all(gridIds.map((gridId) => readGrid(db, compoundId, gridId)))
  if (!grids.every((grid) => grid.whole)) return undefined
  return grids.flatMap((grid) => [...grid.shards.values()].flatMap((shard) => shard.entries))
}

/**
 * What this instance last read of a grid's summary: each shard's entries, parsed, with the revision it was read
 * at. The queue is read far more often than a grid's tickets change, and most of a read's cost is the entries'
 * text (DynamoDB's answer, the SDK's parse, ours): with a copy, the Query asks only for the shards whose revision
 * moved (`NOT (qrev IN (...))`, the filter applied by DynamoDB after reading, still one consistent Query), and
 * answers the rest from the copy. A shard whose revision stands holds exactly what was copied, whichever instance
 * wrote since; copies of one shard from reads racing each other are each whole. A shard gone (a wiped table) is
 * seen in the Query's count of items it filtered out falling short of the copy's, and the grid is read afresh.
 */
interface GridCopy {
  whole: boolean
  shards: ReadonlyMap<string, ShardCopy>
}
interface ShardCopy {
  /** Undefined for a shard last written before revisions: asked for on every read. */
  revision: string | undefined
  entries: readonly QueueEntry[]
}

/**
 * How much an instance keeps: grids most recently read last, the oldest dropped first beyond this many grids or
 * entries (some 1 KB parsed each: a 512 MB function keeps at most ~20 MB of copies).
 */
const COPIED_GRIDS = 64
const COPIED_ENTRIES = 20_000
const copies = new WeakMap<Db, Map<string, GridCopy>>()

const entriesOf = (grid: GridCopy) => [...grid.shards.values()].reduce((sum, shard) => sum + shard.entries.length, 0)

async function readGrid(db: Db, compoundId: string, gridId: string): Promise<GridCopy> {
  const partition = keys.queuePartition(compoundId, gridId)
  const base = heldAccessOf(db)?.base ?? db
  let byGrid = copies.get(base)
  if (!byGrid) {
    byGrid = new Map()
    copies.set(base, byGrid)
  }
  const copy = byGrid.get(partition)
  const ready = keys.queueReady(compoundId, gridId).SK
  const fresh = (await readShards(db, partition, ready, copy)) ?? (await readShards(db, partition, ready, undefined))
  if (!fresh) throw new Error(`queue summary: ${partition} read without a copy came back short`)
  byGrid.delete(partition)
  byGrid.set(partition, fresh)
  let entries = 0
  for (const grid of byGrid.values()) entries += entriesOf(grid)
  for (const [oldest, grid] of byGrid) {
    if (byGrid.size <= COPIED_GRIDS && entries <= COPIED_ENTRIES) break
    byGrid.delete(oldest)
    entries -= entriesOf(grid)
  }
  return fresh
}

/** One consistent Query of a grid's summary asking only for what moved since `copy`; undefined if the copy is short. */
async function readShards(
  db: Db,
  partition: string,
  readySk: string,
  copy: GridCopy | undefined,
): Promise<GridCopy | undefined> {
  const known = [...(copy?.shards.values() ?? [])].flatMap((s) => (s.revision === undefined ? [] : [s.revision]))
  const values: Record<string, unknown> = { ':pk': partition }
  known.forEach((revision, i) => (values[`:r${i}`] = revision))
  const filter =
    known.length === 0
      ? {}
      : {
          FilterExpression: `NOT (#rev IN (${known.map((_, i) => `:r${i}`).join(', ')}))`,
          ExpressionAttributeNames: { '#rev': SHARD_REVISION },
        }
  const items: Record<string, unknown>[] = []
  let filteredOut = 0
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: values,
        ConsistentRead: true,
        ExclusiveStartKey: start,
        ...filter,
      }),
    )
    items.push(...(out.Items ?? []))
    filteredOut += (out.ScannedCount ?? 0) - (out.Count ?? 0)
    start = out.LastEvaluatedKey
  } while (start)
  // Every shard copied with a revision is either answered (it moved) or filtered out (it stands); one copied
  // without is always answered. Fewer filtered out than that: a copied shard is gone.
  const shards = new Map([...(copy?.shards ?? [])].filter(([, shard]) => shard.revision !== undefined))
  const moved = items.filter((item) => shards.has(String(item.SK))).length
  if (filteredOut !== shards.size - moved) return undefined
  let whole = false
  for (const item of items) {
    const sk = String(item.SK)
    if (sk === readySk) {
      whole = true
      continue
    }
    const entries: QueueEntry[] = []
    for (const [name, value] of Object.entries(item))
      if (name.startsWith(ENTRY_PREFIX)) entries.push(deepFreeze(JSON.parse(String(value)) as QueueEntry))
    const revision = item[SHARD_REVISION]
    shards.set(sk, { revision: typeof revision === 'string' ? revision : undefined, entries })
  }
  return { whole, shards }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/**
 * Fills the summary of every grid of a compound from its open tickets, then marks each of `gridIds` (the
 * compound's grids) whole (data format 6). Each entry is written in a transaction with a check that its ticket is still at the version read, so a
 * ticket changed meanwhile (whose own write already set or removed its entry) is read again rather than put back
 * as it was. Idempotent. Answers how many entries it wrote.
 */
export async function backfillQueueSummary(db: Db, compoundId: string, gridIds: readonly string[]): Promise<number> {
  const open = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.openTicketsPartition(compoundId) },
    ProjectionExpression: 'ticketId, #t',
    ExpressionAttributeNames: { '#t': 'type' },
  })
  let written = 0
  for (const item of open.filter((i) => i.type === 'ticket')) {
    if (await backfillEntry(db, compoundId, String(item.ticketId))) written++
  }
  for (const gridId of gridIds) await transactRetryingConflicts(db, [queueReadyPut(db, compoundId, gridId)])
  return written
}

async function backfillEntry(db: Db, compoundId: string, ticketId: string): Promise<boolean> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const stored = await getStoredTicket(db, compoundId, ticketId)
    if (!stored) return false
    const { ticket, version } = stored
    const writes = queueSummaryWrites(db, undefined, ticket)
    if (writes.length === 0) return false
    try {
      await transactRetryingConflicts(db, [
        {
          ConditionCheck: {
            TableName: db.table,
            Key: keys.ticket(compoundId, ticketId),
            ConditionExpression: 'ver = :v',
            ExpressionAttributeValues: { ':v': version },
          },
        },
        ...writes,
      ])
      return true
    } catch (err) {
      // The ticket moved on since the read: its own write kept the summary; read it again.
      if (!isCancelledByCondition(err)) throw err
    }
  }
  throw new Error(`queue summary: ticket ${ticketId} kept changing while its entry was written`)
}
