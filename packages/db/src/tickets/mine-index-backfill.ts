import type { Db } from '../client'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { setIndexKeys, type IndexKeysUpdate } from '../set-index-keys'

/**
 * Puts tickets and follows written before 我的报修's shared index (TK4, data format 4) into it: each ticket item
 * under its requester, each `FOL#` item under its follower, in the person's partition of the compound. Reads the
 * compound's open and closed tickets (GSI1) and each one's followers; every Update sets what the item itself says
 * and only while the item exists (an unfollow since the read is not undone). Idempotent; run once per compound.
 */
export async function backfillMineIndex(db: Db, compoundId: string): Promise<{ indexed: number }> {
  const tickets = (
    await Promise.all(
      [keys.openTicketsPartition(compoundId), keys.closedTicketsPartition(compoundId)].map((pk) =>
        queryAll(db, {
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ProjectionExpression: 'ticketId, requesterId, submittedAt, #t',
          ExpressionAttributeNames: { '#t': 'type' },
        }),
      ),
    )
  )
    .flat()
    .filter((item) => item.type === 'ticket')
  // Only while the item still exists: an unfollow since the read is not undone.
  const exists = 'attribute_exists(PK)'
  const updates: IndexKeysUpdate[] = []
  for (let i = 0; i < tickets.length; i += 16) {
    const followers = await Promise.all(
      tickets.slice(i, i + 16).map((t) =>
        queryAll(db, {
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :fol)',
          ExpressionAttributeValues: {
            ':pk': keys.ticketPartition(compoundId, String(t.ticketId)),
            ':fol': keys.followerPrefix,
          },
        }),
      ),
    )
    tickets.slice(i, i + 16).forEach((t, n) => {
      const ticketId = String(t.ticketId)
      updates.push({
        key: keys.ticket(compoundId, ticketId),
        index: keys.ticketByRequester(String(t.requesterId), compoundId, String(t.submittedAt), ticketId),
        condition: exists,
      })
      for (const f of followers[n] ?? [])
        updates.push({
          key: keys.follower(compoundId, ticketId, String(f.userId)),
          index: keys.followedBy(String(f.userId), compoundId, String(f.at), ticketId),
          condition: exists,
        })
    })
  }
  return { indexed: await setIndexKeys(db, updates) }
}
