import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket, TicketEvent, TicketStatus } from '@jiayuan/contracts'
import { NotFound } from '@jiayuan/domain'
import type { Db } from '../client'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { ticketsFrom } from './ticket-item'

export interface TicketWithTimeline {
  ticket: Ticket
  events: TicketEvent[]
  followerIds: string[]
}

/** The detail page in one Query of the ticket's partition: the ticket, its events oldest first, its followers. */
export async function getTicketWithTimeline(db: Db, compoundId: string, ticketId: string): Promise<TicketWithTimeline> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ticketPartition(compoundId, ticketId) },
    ConsistentRead: true,
  })
  const [ticket] = ticketsFrom(items)
  if (!ticket) throw new NotFound('工单')
  return {
    ticket,
    events: items.filter((item) => item.type === 'ticket_event').map((item) => item.event as TicketEvent),
    followerIds: items.filter((item) => item.type === 'ticket_follower').map((item) => String(item.userId)),
  }
}

export interface StatusQuery {
  /** One grid's tickets; `null` for those no grid holds; absent for every grid. */
  gridId?: string | null
  /** Only tickets that entered the status at or after this instant (needs `gridId`). */
  since?: string
  /** Only this category (a filter: it narrows what is returned, not what is read). */
  category?: string
}

/** Tickets of one status in a compound (GSI1), oldest in the status first. */
export async function listTicketsByStatus(db: Db, compoundId: string, status: TicketStatus, query: StatusQuery = {}): Promise<Ticket[]> {
  const values: Record<string, unknown> = { ':pk': keys.ticketStatusPartition(compoundId, status) }
  let condition = 'GSI1PK = :pk'
  if (query.gridId !== undefined) {
    const prefix = keys.ticketGridPrefix(query.gridId ?? undefined)
    if (query.since === undefined) {
      condition += ' AND begins_with(GSI1SK, :grid)'
      values[':grid'] = prefix
    } else {
      condition += ' AND GSI1SK BETWEEN :from AND :to'
      values[':from'] = `${prefix}${query.since}`
      values[':to'] = `${prefix}\uffff`
    }
  }
  if (query.category !== undefined) values[':category'] = query.category
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: condition,
    ExpressionAttributeValues: values,
    ...(query.category === undefined ? {} : { FilterExpression: 'category = :category' }),
  })
  return ticketsFrom(items)
}

/** Tickets in any of `statuses`, one GSI1 Query per status, in parallel. */
export async function listTicketsInStatuses(db: Db, compoundId: string, statuses: readonly TicketStatus[], query: StatusQuery = {}): Promise<Ticket[]> {
  const lists = await Promise.all(statuses.map((status) => listTicketsByStatus(db, compoundId, status, query)))
  return lists.flat()
}

/** A requester's own tickets in a compound, newest first (GSI2). */
export async function listTicketsOfRequester(db: Db, userId: string, compoundId: string, limit = 100): Promise<Ticket[]> {
  const { GSI2PK } = keys.ticketByRequester(userId, compoundId, '', '')
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk AND begins_with(GSI2SK, :c)',
      ExpressionAttributeValues: { ':pk': GSI2PK, ':c': `${compoundId}#` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return ticketsFrom(out.Items ?? [])
}

/** Tickets by id, in the order given (missing ones skipped); BatchGet in chunks of 100. */
export async function getTickets(db: Db, compoundId: string, ticketIds: readonly string[]): Promise<Ticket[]> {
  const unique = [...new Set(ticketIds)]
  const found = new Map<string, Ticket>()
  for (let i = 0; i < unique.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [db.table]: { Keys: unique.slice(i, i + 100).map((id) => keys.ticket(compoundId, id)) },
    }
    while (request && Object.keys(request).length > 0) {
      const out = await db.doc.send(new BatchGetCommand({ RequestItems: request }))
      for (const ticket of ticketsFrom(out.Responses?.[db.table] ?? [])) found.set(ticket.ticketId, ticket)
      request = out.UnprocessedKeys as typeof request
    }
  }
  return unique.flatMap((id) => found.get(id) ?? [])
}

/** Tickets submitted in an Asia/Shanghai month (`2024-06`), from the month's pointer partition. */
export async function listTicketsOfMonth(db: Db, compoundId: string, month: string): Promise<Ticket[]> {
  const pointers = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ticketMonthPartition(compoundId, month) },
  })
  return getTickets(db, compoundId, pointers.map((item) => String(item.ticketId)))
}
