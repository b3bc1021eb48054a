import { setTimeout as sleep } from 'node:timers/promises'
import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket, TicketEvent } from '@jiayuan/contracts'
import { shanghaiMonth, type SlotChange } from '@jiayuan/domain'
import type { Db } from '../client'
import { keys } from '../keys'
import { isConditionFailure } from '../items'
import { ItemMissing, WriteRefused } from '../outcomes'
import { isCancelledByCondition, transactRetryingConflicts } from '../transact'
import { outboxPuts } from '../outbox/outbox'
import { whistlePut } from '../above'
import type { OutboxEntry } from '../outbox/entries'
import { numberTicket, type TicketNumbering } from './numbers'
import { bearTicket } from './ticket-births'
import { FOLLOWERS_REV, eventPuts, getStoredTicket, ticketItem, type StoredTicket } from './ticket-item'
import { ticketFigureItems } from '../oversight/figures'
import { queueSummaryWrites } from './queue-summary'

export async function getTicket(db: Db, compoundId: string, ticketId: string): Promise<Ticket> {
  const stored = await getStoredTicket(db, compoundId, ticketId)
  if (!stored) throw new ItemMissing('ticket')
  return stored.ticket
}

/**
 * Makes a ticket with its number (DOMAIN T11), its submit event, month pointer, outbox work and queue entry, all or
 * nothing (ticket-births.ts). A retried request finds the ticket it already made and takes no number. A ticket
 * saved unnumbered before numbers were given at birth is numbered by the retry that finds it abandoned, else by
 * the outbox job (`numberAbandoned`).
 */
export async function createTicket(
  db: Db,
  ticket: Ticket,
  event: TicketEvent,
  outbox: readonly OutboxEntry[],
  numbering: TicketNumbering,
): Promise<{ ticket: Ticket; created: boolean }> {
  const { compoundId: cid, ticketId: tid } = ticket
  const born = await bearTicket(db, ticket, numbering, (numbered) => [
    { Put: { TableName: db.table, Item: ticketItem(numbered, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
    ...eventPuts(db, cid, [event], 1),
    {
      Put: {
        TableName: db.table,
        Item: {
          ...keys.ticketMonth(cid, shanghaiMonth(ticket.submittedAt), ticket.submittedAt, tid),
          type: 'ticket_month',
          ticketId: tid,
        },
      },
    },
    ...outboxPuts(db, outbox),
    ...queueSummaryWrites(db, undefined, numbered),
  ])
  if (born.created) return born
  const existing = await getStoredTicket(db, cid, tid)
  if (!existing || existing.ticket.requesterId !== ticket.requesterId) throw new WriteRefused('TicketIdTaken')
  if (existing.ticket.number !== undefined) return { ticket: existing.ticket, created: false }
  // Saved unnumbered by a request of before: numbered here once that request is surely gone.
  const abandoned = Date.parse(ticket.submittedAt) - Date.parse(existing.ticket.submittedAt) > ABANDONED_AFTER_MS
  if (!abandoned) return { ticket: await numbered(db, existing.ticket), created: false }
  try {
    return { ticket: await numberTicket(db, existing.ticket, numbering), created: false }
  } catch {
    return { ticket: existing.ticket, created: false }
  }
}

/**
 * Numbers a ticket left unnumbered (saved before numbers were given at birth, its numbering write failed or its
 * request died), once no request can still be numbering it: 'numbered' when it has a number now, 'later' while
 * it is too young to tell from a request still at work.
 */
export async function numberAbandoned(
  db: Db,
  compoundId: string,
  ticketId: string,
  numbering: TicketNumbering,
  now: Date,
): Promise<'numbered' | 'later'> {
  const stored = await getStoredTicket(db, compoundId, ticketId)
  if (!stored) throw new ItemMissing('ticket')
  if (stored.ticket.number !== undefined) return 'numbered'
  if (now.getTime() - Date.parse(stored.ticket.submittedAt) <= ABANDONED_AFTER_MS) return 'later'
  await numberTicket(db, stored.ticket, numbering, stored.version)
  return 'numbered'
}

/** A retry racing its first request answers what the first answers: the ticket once numbered (a few reads at most). */
async function numbered(db: Db, ticket: Ticket): Promise<Ticket> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    await sleep(50)
    const stored = await getStoredTicket(db, ticket.compoundId, ticket.ticketId)
    if (stored?.ticket.number !== undefined) return stored.ticket
  }
  return ticket
}

/** Longer than the API's request timeout: a ticket still unnumbered after this lost its creator. */
const ABANDONED_AFTER_MS = 60_000

/** What one change writes: the new ticket, its events, the workers' open counts it moves, and outbox work. */
export interface TicketPlan {
  ticket: Ticket
  events: readonly TicketEvent[]
  slots?: SlotChange
  /** The compound's cap on open tickets per worker; needed when `slots.take` is set. */
  cap?: number
  outbox?: readonly OutboxEntry[]
  /** A whistle to a department (吹哨报到): its pointer in the department's queue, written with the ticket. */
  whistle?: { departmentId: string; at: string }
}

const ATTEMPTS = 10

/**
 * Applies one change to a ticket with optimistic concurrency: read (consistent), let `plan` decide from what is
 * there (it throws the domain's refusals), then write the ticket only if its version is unchanged, in one
 * transaction with its events, the workers' open counts and the outbox. When another change got there first
 * the whole round runs again on the fresh ticket (`plan` may then answer null: nothing left to do), so a lost claim race ends in `plan` refusing with 409
 * (TicketAlreadyClaimed) rather than in a generic error, and a worker still at the cap (DOMAIN T3: the
 * condition `openCount < cap` on the worker's load item, cap from domain `slotChange`) in WriteRefused
 * 'WorkerCapReached', which the API answers with the domain's WorkerCapReached (422).
 */
export async function updateTicket(
  db: Db,
  compoundId: string,
  ticketId: string,
  plan: (ticket: Ticket) => TicketPlan | null | Promise<TicketPlan | null>,
  /**
   * The first read, started by the caller alongside its own reads (`getStoredTicket`), so the ticket costs no
   * round trip of its own; a read that is stale by the time of the write only costs a retry (the version).
   */
  firstRead?: Promise<StoredTicket | undefined>,
  options: {
    /** Tries (each after a fresh read but the first): `ATTEMPTS` unless said. */
    attempts?: number
    /** Told the ticket as written, with its new version. */
    written?: (stored: StoredTicket) => void
  } = {},
): Promise<Ticket> {
  const attempts = options.attempts ?? ATTEMPTS
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const stored = attempt === 1 && firstRead ? await firstRead : await getStoredTicket(db, compoundId, ticketId)
    if (!stored) throw new ItemMissing('ticket')
    const next = await plan(stored.ticket)
    // Nothing to change on the ticket as it is now (a job whose work someone else already did).
    if (next === null) return stored.ticket
    const outcome = await writePlan(db, stored, next)
    if (outcome === 'written') {
      options.written?.({
        ticket: next.ticket,
        version: stored.version + 1,
        ...(stored.followersRev === undefined ? {} : { followersRev: stored.followersRev }),
      })
      return next.ticket
    }
    if (outcome === 'cap') {
      // The worker's count refused the slot (T3): still full is the refusal; a slot freed since then means
      // the change is simply tried again.
      const openCount = await workerOpenCount(db, compoundId, next.slots?.take ?? '')
      const cap = next.cap ?? 0
      if (openCount >= cap) throw new WriteRefused('WorkerCapReached', { openCount, cap })
    }
    // Stale, a transaction conflict or a slot freed since: back off a little, with jitter so racers spread out.
    if (attempt < attempts) await sleep(Math.floor(Math.random() * 20 * attempt))
  }
  throw new WriteRefused('TicketBusy')
}

type WriteOutcome = 'written' | 'stale' | 'cap'

async function writePlan(db: Db, stored: StoredTicket, plan: TicketPlan): Promise<WriteOutcome> {
  const { compoundId: cid } = plan.ticket
  const take = plan.slots?.take
  const release = plan.slots?.release
  const items = [
    // On the version and the followers' revision read: a copy behind the table, or followers moved since (whom the
    // step's notice was planned for), is refused and the step planned again; the revision is carried over as read.
    {
      Put: {
        TableName: db.table,
        Item: ticketItem(plan.ticket, stored.version + 1, stored.followersRev),
        ConditionExpression:
          stored.followersRev === undefined ? 'ver = :v AND attribute_not_exists(#rev)' : 'ver = :v AND #rev = :rev',
        ExpressionAttributeNames: { '#rev': FOLLOWERS_REV },
        ExpressionAttributeValues: {
          ':v': stored.version,
          ...(stored.followersRev === undefined ? {} : { ':rev': stored.followersRev }),
        },
      },
    },
    ...(take === undefined
      ? []
      : [
          {
            Update: {
              TableName: db.table,
              Key: keys.workerLoad(cid, take),
              UpdateExpression: 'SET openCount = if_not_exists(openCount, :zero) + :one, workerId = :w',
              ConditionExpression: 'attribute_not_exists(openCount) OR openCount < :cap',
              ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':cap': plan.cap ?? 0, ':w': take },
            },
          },
        ]),
    ...(release === undefined
      ? []
      : [
          {
            Update: {
              TableName: db.table,
              Key: keys.workerLoad(cid, release),
              UpdateExpression: 'ADD openCount :minus',
              ExpressionAttributeValues: { ':minus': -1 },
            },
          },
        ]),
    ...eventPuts(db, cid, plan.events, stored.version + 1),
    ...outboxPuts(db, plan.outbox ?? []),
    ...(plan.whistle ? [whistlePut(db, { ...plan.whistle, compoundId: cid, ticketId: plan.ticket.ticketId })] : []),
    // The street's counters (S5): a close, a reopen of a closed ticket or a rating lands with the change itself.
    ...(await ticketFigureItems(db, stored.ticket, plan.ticket)),
    // 网格工单's summary (TK23) follows the ticket: its entry set, moved to another grid, or removed on closing.
    ...queueSummaryWrites(db, stored.ticket, plan.ticket),
  ]
  try {
    // A conflict on a shared item (the grid's summary shard, a worker's count) is sent again as it is.
    await transactRetryingConflicts(db, items)
    return 'written'
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    // Index 1 is the taker's count; a stale ticket (index 0) wins over it, since the fresh read may not claim.
    if (!isCancelledByCondition(err, 0) && take !== undefined && isCancelledByCondition(err, 1)) return 'cap'
    return 'stale'
  }
}

/** A worker's open-ticket count as the cap sees it. */
export async function workerOpenCount(db: Db, compoundId: string, workerId: string): Promise<number> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.workerLoad(compoundId, workerId), ConsistentRead: true }),
  )
  return Number(out.Item?.openCount ?? 0)
}
