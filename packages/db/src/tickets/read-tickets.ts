import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket, TicketEvent, TicketStatus } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { batchGetAll, queryAll } from '../query-all'
import { projection } from '../projection'
import { ItemMissing } from '../outcomes'
import { ticketsFrom } from './ticket-item'
import { holdTicketWithFollowers, ticketWithFollowersOf } from './followers'

export interface TicketWithTimeline {
  ticket: Ticket
  events: TicketEvent[]
  followerIds: string[]
}

/**
 * The detail page in one Query of the ticket's partition: the ticket, its events oldest first, its followers. The
 * ticket with its followers is then what this instance holds of it (`holdTicketWithFollowers`): a worker who
 * opens a ticket and takes a step on it makes the step with no read.
 */
export async function getTicketWithTimeline(db: Db, compoundId: string, ticketId: string): Promise<TicketWithTimeline> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ticketPartition(compoundId, ticketId) },
    ConsistentRead: true,
  })
  const [ticket] = ticketsFrom(items)
  if (!ticket) throw new ItemMissing('ticket')
  const held = ticketWithFollowersOf(items, compoundId, ticketId)
  holdTicketWithFollowers(db, compoundId, ticketId, held)
  return {
    ticket,
    events: items.filter((item) => item.type === 'ticket_event').map((item) => item.event as TicketEvent),
    followerIds: held.followerIds,
  }
}

export interface StatusQuery {
  /** Only these grids' tickets (`null` = those no grid holds); absent for every grid. */
  gridIds?: ReadonlyArray<string | null>
  /** Closed tickets only: those closed at or after this instant. */
  since?: string
  /** Only this category (a filter: it narrows what is returned, not what is read). */
  category?: string
  /** Only these fields of each ticket (with `ticketId`, `status` and `gridId`, which the read itself uses). */
  fields?: readonly (keyof Ticket)[]
}

/** What a ticket read with `fields` holds. */
export type TicketFields<K extends keyof Ticket> = Pick<Ticket, K | 'ticketId' | 'status' | 'gridId'>

/** The query's projection: `type` and `ver` too, which every ticket item is recognised and read by. */
function fieldsRead(query: StatusQuery) {
  if (!query.fields) return {}
  return projection([...new Set<string>([...query.fields, 'ticketId', 'status', 'gridId', 'type', 'ver'])])
}

const inGrids = (ticket: Ticket, gridIds: ReadonlyArray<string | null> | undefined) =>
  gridIds === undefined || gridIds.includes(ticket.gridId ?? null)

/** Open tickets (any status but closed) of a compound, or of one grid: one GSI1 Query, paged. */
async function openTickets(db: Db, compoundId: string, query: StatusQuery): Promise<Ticket[]> {
  const one = query.gridIds?.length === 1 ? query.gridIds[0] : undefined
  const values: Record<string, unknown> = { ':pk': keys.openTicketsPartition(compoundId) }
  let condition = 'GSI1PK = :pk'
  if (one !== undefined) {
    condition += ' AND begins_with(GSI1SK, :grid)'
    values[':grid'] = keys.ticketGridPrefix(one ?? undefined)
  }
  if (query.category !== undefined) values[':category'] = query.category
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: condition,
    ExpressionAttributeValues: values,
    ...(query.category === undefined ? {} : { FilterExpression: 'category = :category' }),
    ...fieldsRead(query),
  })
  return ticketsFrom(items).filter((ticket) => inGrids(ticket, query.gridIds))
}

/** Closed tickets of a compound, oldest first, since an instant when given: one GSI1 range Query, paged. */
async function closedTickets(db: Db, compoundId: string, query: StatusQuery): Promise<Ticket[]> {
  const values: Record<string, unknown> = { ':pk': keys.closedTicketsPartition(compoundId) }
  if (query.since !== undefined) values[':since'] = query.since
  if (query.category !== undefined) values[':category'] = query.category
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: query.since === undefined ? 'GSI1PK = :pk' : 'GSI1PK = :pk AND GSI1SK >= :since',
    ExpressionAttributeValues: values,
    ...(query.category === undefined ? {} : { FilterExpression: 'category = :category' }),
    ...fieldsRead(query),
  })
  return ticketsFrom(items).filter((ticket) => inGrids(ticket, query.gridIds))
}

/**
 * Tickets in any of `statuses` (GSI1): one Query for the open ones, whatever the statuses and grids, and one
 * for the closed ones if asked; grouped by grid, then status, then oldest in the status first. With `fields`,
 * only those of each ticket (a list over a grid's whole backlog: DynamoDB and the API then move and parse a
 * fraction of each item).
 */
export async function listTicketsInStatuses<K extends keyof Ticket>(
  db: Db,
  compoundId: string,
  statuses: readonly TicketStatus[],
  query: StatusQuery & { fields: readonly K[] },
): Promise<TicketFields<K>[]>
export async function listTicketsInStatuses(
  db: Db,
  compoundId: string,
  statuses: readonly TicketStatus[],
  query?: StatusQuery,
): Promise<Ticket[]>
export async function listTicketsInStatuses(
  db: Db,
  compoundId: string,
  statuses: readonly TicketStatus[],
  query: StatusQuery = {},
): Promise<Ticket[]> {
  const wanted = new Set(statuses)
  const openWanted = statuses.some((status) => status !== 'closed')
  const [open, closed] = await Promise.all([
    openWanted ? openTickets(db, compoundId, query) : Promise.resolve([]),
    wanted.has('closed') ? closedTickets(db, compoundId, query) : Promise.resolve([]),
  ])
  return [...open.filter((ticket) => wanted.has(ticket.status)), ...closed]
}

/** Tickets of one status in a compound (see listTicketsInStatuses). */
export async function listTicketsByStatus(
  db: Db,
  compoundId: string,
  status: TicketStatus,
  query: StatusQuery = {},
): Promise<Ticket[]> {
  return listTicketsInStatuses(db, compoundId, [status], query)
}

/** Tickets by id, in the order given (missing ones skipped); BatchGet in chunks of 100. */
export async function getTickets(db: Db, compoundId: string, ticketIds: readonly string[]): Promise<Ticket[]> {
  const unique = [...new Set(ticketIds)]
  const items = await batchGetAll(
    db,
    unique.map((id) => keys.ticket(compoundId, id)),
  )
  const found = new Map(ticketsFrom(items).map((ticket) => [ticket.ticketId, ticket]))
  return unique.flatMap((id) => found.get(id) ?? [])
}

/**
 * The newest `limit` tickets submitted in these Asia/Shanghai months, newest first: one Query per month of its
 * pointers newest first (`Limit` the count asked, in parallel), then the newest of those in one BatchGet. A month's
 * other tickets are never read.
 */
export async function listNewestTicketsOfMonths(
  db: Db,
  compoundId: string,
  months: readonly string[],
  limit: number,
): Promise<Ticket[]> {
  const pages = await Promise.all(
    months.map((month) =>
      db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.ticketMonthPartition(compoundId, month) },
          ScanIndexForward: false,
          Limit: limit,
        }),
      ),
    ),
  )
  // A pointer's sort key is `<submittedAt>#<ticketId>`: the newest across the months are the greatest keys.
  const newest = pages
    .flatMap((page) => page.Items ?? [])
    .sort((a, b) => (String(a.SK) < String(b.SK) ? 1 : String(a.SK) > String(b.SK) ? -1 : 0))
    .slice(0, limit)
  return getTickets(
    db,
    compoundId,
    newest.map((item) => String(item.ticketId)),
  )
}

/** Tickets submitted in an Asia/Shanghai month (`2024-06`), from the month's pointer partition. */
export async function listTicketsOfMonth(db: Db, compoundId: string, month: string): Promise<Ticket[]> {
  const pointers = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ticketMonthPartition(compoundId, month) },
  })
  return getTickets(
    db,
    compoundId,
    pointers.map((item) => String(item.ticketId)),
  )
}
