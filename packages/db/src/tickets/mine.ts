import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { getTickets } from './read-tickets'
import { ticketsFrom } from './ticket-item'

export interface MinePage {
  /** The person's own reports on the page, newest first. */
  reported: Ticket[]
  /** The tickets they follow on the page, most recently followed first. */
  followed: Ticket[]
  /** The sort key of the page's last row: where the next page starts. */
  lastSk: string | undefined
  more: boolean
}

/**
 * One page of 我的 (TK4): one Query of the person's partition in the compound (GSI2), newest first, at most
 * `limit` rows of own reports and follows together (`Limit` one more, so the last page says so), strictly before
 * `beforeSk`. A report row is the ticket item itself; a follow row is a pointer, so the followed tickets on the
 * page are read by one BatchGet: their state lives on the ticket, and a copy per follower would make every
 * change of a ticket rewrite each follower's copy.
 */
export async function readMinePage(
  db: Db,
  userId: string,
  compoundId: string,
  page: { beforeSk?: string | undefined; limit: number },
): Promise<MinePage> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      KeyConditionExpression: page.beforeSk ? 'GSI2PK = :pk AND GSI2SK < :before' : 'GSI2PK = :pk',
      ExpressionAttributeValues: {
        ':pk': keys.minePartition(userId, compoundId),
        ...(page.beforeSk ? { ':before': page.beforeSk } : {}),
      },
      ScanIndexForward: false,
      Limit: page.limit + 1,
    }),
  )
  const items = (out.Items ?? []).slice(0, page.limit)
  const more = (out.Items ?? []).length > page.limit || out.LastEvaluatedKey !== undefined
  const last = items[items.length - 1]
  const followIds = items.filter((item) => item.type === 'ticket_follower').map((item) => String(item.ticketId))
  return {
    reported: ticketsFrom(items),
    followed: followIds.length === 0 ? [] : await getTickets(db, compoundId, followIds),
    lastSk: last ? String(last.GSI2SK) : undefined,
    more: more && last !== undefined,
  }
}
