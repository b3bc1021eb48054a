import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { PublishedCheckpoint } from '@jiayuan/contracts'
import type { Db } from '../client'
import { putNew } from '../put-if-revision'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { readChainHead } from './journal'

function toCheckpoint(item: Record<string, unknown>): PublishedCheckpoint {
  return {
    seq: Number(item.seq),
    headHash: String(item.headHash),
    count: Number(item.count),
    publishedAt: String(item.publishedAt),
  }
}

export async function latestCheckpoint(db: Db, compoundId: string): Promise<PublishedCheckpoint | null> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :cp)',
      ExpressionAttributeValues: { ':pk': keys.journalPartition(compoundId), ':cp': keys.checkpointPrefix },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  )
  const item = out.Items?.[0]
  return item ? toCheckpoint(item) : null
}

/** Published checkpoints, newest first. */
export async function listCheckpoints(db: Db, compoundId: string, limit = 1000): Promise<PublishedCheckpoint[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :cp)',
      ExpressionAttributeValues: { ':pk': keys.journalPartition(compoundId), ':cp': keys.checkpointPrefix },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map(toCheckpoint)
}

/**
 * Publishes the current head as a checkpoint (F10), unless the latest checkpoint already is the head. A
 * checkpoint is never changed: the put is conditional, and two publishers at once leave one item.
 */
export async function publishCheckpoint(
  db: Db,
  compoundId: string,
  actor: { userId: string; at: string },
): Promise<{ checkpoint: PublishedCheckpoint | null; created: boolean }> {
  const [head, latest] = await Promise.all([readChainHead(db, compoundId), latestCheckpoint(db, compoundId)])
  if (head.seq === 0) return { checkpoint: null, created: false }
  if (latest && latest.seq === head.seq) return { checkpoint: latest, created: false }
  const checkpoint: PublishedCheckpoint = {
    seq: head.seq,
    headHash: head.headHash,
    count: head.seq,
    publishedAt: actor.at,
  }
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putNew(db, { ...keys.checkpoint(compoundId, head.seq), type: 'ledger_checkpoint', ...checkpoint }),
          eventPut(db, {
            compoundId,
            action: 'ledger.checkpoint_published',
            actorId: actor.userId,
            at: actor.at,
            subject: String(head.seq),
            data: { headHash: head.headHash },
          }),
        ],
      }),
    )
    return { checkpoint, created: true }
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return { checkpoint: await latestCheckpoint(db, compoundId), created: false }
  }
}
