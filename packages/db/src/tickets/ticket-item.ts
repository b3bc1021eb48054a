import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket, TicketEvent } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { toEntity } from '../items'

/**
 * A ticket as stored: its keys for the queue (GSI1) and requester (GSI2) indexes, a version for updates, and the
 * followers' revision (`folRev`, moved by every follow and unfollow: followers.ts) carried over as it was read.
 */
export function ticketItem(ticket: Ticket, version: number, followersRev?: string) {
  const { compoundId: cid, ticketId: tid } = ticket
  return {
    ...keys.ticket(cid, tid),
    ...keys.ticketByStatus(cid, ticket.status, ticket.gridId, ticket.statusAt ?? ticket.submittedAt, tid),
    ...keys.ticketByRequester(ticket.requesterId, cid, ticket.submittedAt, tid),
    type: 'ticket',
    ver: version,
    ...(followersRev === undefined ? {} : { [FOLLOWERS_REV]: followersRev }),
    ...ticket,
  }
}

/** The ticket item's attribute naming its followers as they stand: a new token at each follow and unfollow. */
export const FOLLOWERS_REV = 'folRev'

export interface StoredTicket {
  ticket: Ticket
  version: number
  /** The followers' revision as read with the ticket; absent while nobody has followed or unfollowed it. */
  followersRev?: string
}

/** The ticket of its stored item: neither its keys, its version nor its followers' revision. */
function ticketOf(item: Record<string, unknown>): Ticket {
  const { [FOLLOWERS_REV]: _rev, ...rest } = item
  return toEntity<Ticket>(rest, 'ver') as Ticket
}

export function fromTicketItem(item: Record<string, unknown>): StoredTicket {
  const rev = item[FOLLOWERS_REV]
  return {
    ticket: ticketOf(item),
    version: Number(item.ver),
    ...(typeof rev === 'string' ? { followersRev: rev } : {}),
  }
}

/** A ticket with its version, read consistently (what a conditional write on it is planned from). */
export async function getStoredTicket(db: Db, compoundId: string, ticketId: string): Promise<StoredTicket | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.ticket(compoundId, ticketId), ConsistentRead: true }),
  )
  return out.Item ? fromTicketItem(out.Item) : undefined
}

/** Tickets of a Query's items (a list can read a whole backlog: one copy of each, without its version). */
export function ticketsFrom(items: readonly Record<string, unknown>[]): Ticket[] {
  return items.flatMap((item) => (item.type === 'ticket' ? [ticketOf(item)] : []))
}

/**
 * A change's events, keyed by the ticket version the change wrote, so the timeline keeps the order of the
 * changes even when two happen within one millisecond. The event sits nested, since its own `type` (claim,
 * resolve, …) would clash with the item's.
 */
export function eventPuts(db: Db, compoundId: string, events: readonly TicketEvent[], version: number) {
  return events.map((event, i) => ({
    Put: {
      TableName: db.table,
      Item: { ...keys.ticketEvent(compoundId, event.ticketId, version, i), type: 'ticket_event', event },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }))
}
