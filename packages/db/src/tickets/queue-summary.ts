import type { Ticket } from '@jiayuan/contracts'
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
        UpdateExpression: 'REMOVE #e',
        ExpressionAttributeNames: { '#e': name },
      },
    })
  if (summarized(after))
    writes.push({
      Update: {
        TableName: db.table,
        Key: keys.queueShard(after.compoundId, after.gridId, shard),
        UpdateExpression: 'SET #e = :e, #type = :type',
        ExpressionAttributeNames: { '#e': name, '#type': 'type' },
        ExpressionAttributeValues: { ':e': JSON.stringify(queueEntryOf(after)), ':type': 'ticket_queue_shard' },
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
 * caller to read the tickets themselves.
 */
export async function readQueueSummary(
  db: Db,
  compoundId: string,
  gridIds: readonly string[],
): Promise<QueueEntry[] | undefined> {
  const grids = await Promise.all(
    gridIds.map((gridId) =>
      queryAll(db, {
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.queuePartition(compoundId, gridId) },
        ConsistentRead: true,
      }),
    ),
  )
  const whole = (items: Record<string, unknown>[], gridId: string) =>
    items.some((item) => item.SK === keys.queueReady(compoundId, gridId).SK)
  if (!grids.every((items, i) => whole(items, gridIds[i] ?? ''))) return undefined
  return grids.flatMap((items) =>
    items.flatMap((item) =>
      Object.entries(item).flatMap(([name, value]) =>
        name.startsWith(ENTRY_PREFIX) ? [JSON.parse(String(value)) as QueueEntry] : [],
      ),
    ),
  )
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
