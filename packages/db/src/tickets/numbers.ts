import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { ItemMissing, WriteRefused } from '../outcomes'
import { isCancelledByCondition, transactRetryingConflicts, type TransactItem } from '../transact'
import { queueSummaryWrites } from './queue-summary'
import { getStoredTicket } from './ticket-item'

/** How a ticket submitted at an instant is numbered (DOMAIN T11): the day its sequence runs in, and number `seq`. */
export type TicketNumbering = (submittedAt: string) => { day: string; label: (seq: number) => string }

/**
 * Gives a ticket that exists and has no number the next number of its compound and day. The counter moves by
 * one atomic ADD (no condition to lose, so a burst of reports costs one write each), then the number is
 * written on the ticket with its lookup pointer and its queue summary entry (TK23, which shows the number), on the
 * condition that the ticket is still at the version read: a change made between the report and its number (a
 * claim in that millisecond) is read again and the same number written on it. Only the request that created the
 * ticket calls this, after the create succeeded (with the version it wrote), so a refused or repeated create never
 * takes a number.
 */
export async function numberTicket(
  db: Db,
  ticket: Ticket,
  numbering: TicketNumbering,
  version?: number,
): Promise<Ticket> {
  const { compoundId: cid, ticketId: tid } = ticket
  const { day, label } = numbering(ticket.submittedAt)
  const out = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.ticketNumberCounter(cid, day),
      UpdateExpression: 'ADD seq :one SET #type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':type': 'ticket_number_counter' },
      ReturnValues: 'UPDATED_NEW',
    }),
  )
  const seq = Number(out.Attributes?.seq)
  const number = label(seq)
  let current = version === undefined ? await getStoredTicket(db, cid, tid) : { ticket, version }
  for (let attempt = 1; attempt <= 10; attempt++) {
    if (!current) throw new ItemMissing('ticket')
    // Numbered meanwhile by a retry that took the ticket for abandoned: that number stands.
    if (current.ticket.number !== undefined) return current.ticket
    const numbered = { ...current.ticket, number }
    try {
      await transactRetryingConflicts(db, [
        {
          // `ver` moves so a change planned on the unnumbered ticket is planned again, and keeps the number.
          Update: {
            TableName: db.table,
            Key: keys.ticket(cid, tid),
            UpdateExpression: 'SET #number = :number, ver = ver + :one',
            ConditionExpression: 'ver = :v AND attribute_not_exists(#number)',
            ExpressionAttributeNames: { '#number': 'number' },
            ExpressionAttributeValues: { ':number': number, ':one': 1, ':v': current.version },
          },
        },
        numberPointerPut(db, cid, day, seq, tid),
        ...queueSummaryWrites(db, current.ticket, numbered),
      ])
      return numbered
    } catch (err) {
      if (!isCancelledByCondition(err)) throw err
      current = await getStoredTicket(db, cid, tid)
    }
  }
  throw new WriteRefused('TicketBusy')
}

/** The lookup from a number to its ticket (TK20), put once: a number names one ticket. */
export function numberPointerPut(db: Db, compoundId: string, day: string, seq: number, ticketId: string): TransactItem {
  return {
    Put: {
      TableName: db.table,
      Item: { ...keys.ticketNumber(compoundId, day, seq), type: 'ticket_number', ticketId },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }
}

/** The ticket that got number `seq` on `day` in a compound (TK20), if any. */
export async function ticketIdByNumber(
  db: Db,
  compoundId: string,
  day: string,
  seq: number,
): Promise<string | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.ticketNumber(compoundId, day, seq) }))
  return typeof out.Item?.ticketId === 'string' ? out.Item.ticketId : undefined
}
