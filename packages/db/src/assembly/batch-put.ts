import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'

const PARALLEL = 8

async function putBatch(db: Db, items: readonly Record<string, unknown>[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }))
  for (let attempt = 0; pending.length > 0; attempt++) {
    const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: pending } }))
    pending = (out.UnprocessedItems?.[db.table] ?? []) as typeof pending
    if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)))
  }
}

/**
 * Writes items in batches of 25, a few batches at a time, retrying what DynamoDB leaves unprocessed. Only for
 * idempotent puts (a frozen roll, a sealed log): a retry after a crash writes the same items again.
 */
export async function batchPut(db: Db, items: readonly Record<string, unknown>[]): Promise<void> {
  const batches: Record<string, unknown>[][] = []
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25))
  for (let i = 0; i < batches.length; i += PARALLEL) {
    await Promise.all(batches.slice(i, i + PARALLEL).map((b) => putBatch(db, b)))
  }
}
