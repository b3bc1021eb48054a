import { randomUUID } from 'node:crypto'
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { heldPerInstance } from '../held-copies'
import { isCancelledByCondition, transactRetryingConflicts } from '../transact'
import { queryAll } from '../query-all'
import { ItemMissing } from '../outcomes'
import { FOLLOWERS_REV, fromTicketItem, type StoredTicket } from './ticket-item'

/**
 * The followers' revision moved with a follow or an unfollow, in the same transaction: a new token on the ticket's
 * own item (`folRev`, ticket-item.ts), so every change to the ticket, written on the condition of the token it read,
 * is refused when someone followed or unfollowed since (the step's notice would miss them or name one gone).
 */
function followersMoved(db: Db, compoundId: string, ticketId: string) {
  return {
    Update: {
      TableName: db.table,
      Key: keys.ticket(compoundId, ticketId),
      UpdateExpression: 'SET #rev = :rev',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#rev': FOLLOWERS_REV },
      ExpressionAttributeValues: { ':rev': randomUUID() },
    },
  }
}

/** Following is idempotent: a second follow keeps the first one's time (and the followers' revision). */
export async function followTicket(
  db: Db,
  compoundId: string,
  ticketId: string,
  userId: string,
  at: string,
): Promise<void> {
  try {
    await transactRetryingConflicts(db, [
      {
        Put: {
          TableName: db.table,
          Item: {
            ...keys.follower(compoundId, ticketId, userId),
            ...keys.followedBy(userId, compoundId, at, ticketId),
            type: 'ticket_follower',
            compoundId,
            ticketId,
            userId,
            at,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      followersMoved(db, compoundId, ticketId),
    ])
  } catch (err) {
    if (isCancelledByCondition(err, 1)) throw new ItemMissing('ticket')
    if (!isCancelledByCondition(err, 0)) throw err
  }
}

export async function unfollowTicket(db: Db, compoundId: string, ticketId: string, userId: string): Promise<void> {
  try {
    await transactRetryingConflicts(db, [
      { Delete: { TableName: db.table, Key: keys.follower(compoundId, ticketId, userId) } },
      followersMoved(db, compoundId, ticketId),
    ])
  } catch (err) {
    if (!isCancelledByCondition(err, 1)) throw err
    // No such ticket: nothing can be told to its followers, so the follow (if any) simply goes.
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.follower(compoundId, ticketId, userId) }))
  }
}

export async function listFollowerIds(db: Db, compoundId: string, ticketId: string): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :f)',
      ExpressionAttributeValues: { ':pk': keys.ticketPartition(compoundId, ticketId), ':f': keys.followerPrefix },
    }),
  )
  return (out.Items ?? []).map((item) => String(item.userId))
}

/** A ticket as a step told to its followers plans on it: the ticket, who follows it, and their revision. */
export interface TicketWithFollowers {
  stored: StoredTicket | undefined
  followerIds: string[]
  /**
   * The revision `followerIds` were read under (the ticket's `folRev` then); absent while nobody has followed or
   * unfollowed. `stored` may carry a newer one once a step was retried on a fresh read: such a pair is never held.
   */
  followersRev?: string
}

/**
 * The ticket and who follows it, in one consistent Query of the ticket's partition: the followers' items
 * (`FOL#…`) sort just before the ticket's (`META`, which carries their revision), so the range between them holds
 * them all and none of the timeline. For a step whose notice goes to followers: one read instead of the ticket's
 * and the followers'. What it read is what this instance holds of the ticket (`heldTicketWithFollowers`).
 */
export async function getTicketWithFollowers(
  db: Db,
  compoundId: string,
  ticketId: string,
): Promise<TicketWithFollowers> {
  const { PK, SK } = keys.ticket(compoundId, ticketId)
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :meta',
    ExpressionAttributeValues: { ':pk': PK, ':from': keys.followerPrefix, ':meta': SK },
    ConsistentRead: true,
  })
  const read = ticketWithFollowersOf(items, compoundId, ticketId)
  holdTicketWithFollowers(db, compoundId, ticketId, read)
  return read
}

/**
 * The ticket, its followers and their revision among the items of its partition (all of it, or `FOL#` to `META`).
 * A `FOLREV` item left by a Jiayuan of before is not read: the revision that steps are written on is the ticket's.
 */
export function ticketWithFollowersOf(
  items: ReadonlyArray<Record<string, unknown>>,
  compoundId: string,
  ticketId: string,
): TicketWithFollowers {
  const meta = items.find((item) => item.SK === keys.ticket(compoundId, ticketId).SK)
  const stored = meta ? fromTicketItem(meta) : undefined
  return {
    stored,
    followerIds: items
      .filter((item) => String(item.SK).startsWith(keys.followerPrefix))
      .map((item) => String(item.userId)),
    ...(stored?.followersRev === undefined ? {} : { followersRev: stored.followersRev }),
  }
}

/** Tickets an instance holds as it last read or wrote them with their followers (some 2 KB parsed each: ~4 MB). */
const heldOf = heldPerInstance<TicketWithFollowers>(2_000)
const ticketKey = (compoundId: string, ticketId: string) => `${compoundId}|${ticketId}`

/**
 * Keeps `read` as what this instance knows of a ticket: after reading it with its followers or writing a step on
 * it (`version` one more than the one written on). Not a report just made: the outbox job's moderation writes it
 * again within seconds, so a copy from its birth would only cost its first step a refused transaction.
 */
export function holdTicketWithFollowers(db: Db, compoundId: string, ticketId: string, read: TicketWithFollowers): void {
  // Only followers as of the revision the ticket carries: a step written on a ticket read again after its followers
  // (a retry) names a newer revision than the followers it was planned for, and a step on that copy would pass the
  // condition yet miss whoever followed in between.
  if (!read.stored || read.stored.followersRev !== read.followersRev)
    return forgetTicketWithFollowers(db, compoundId, ticketId)
  heldOf(db).set(ticketKey(compoundId, ticketId), Object.freeze({ ...read, followerIds: [...read.followerIds] }))
}

export function forgetTicketWithFollowers(db: Db, compoundId: string, ticketId: string): void {
  heldOf(db).delete(ticketKey(compoundId, ticketId))
}

/**
 * The ticket with its followers as this instance last read or wrote them, or undefined. Possibly behind the table:
 * a step written on it is conditional on the ticket's version and followers' revision as held (`updateTicket`), so
 * a copy behind is refused, never written on.
 */
export function heldTicketWithFollowers(db: Db, compoundId: string, ticketId: string): TicketWithFollowers | undefined {
  return heldOf(db).get(ticketKey(compoundId, ticketId))
}
