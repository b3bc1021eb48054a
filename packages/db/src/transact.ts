import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { keyId } from './keys/key-ids'

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number]

/** `PK|SK` of the item a transaction write touches: one transaction may touch an item only once. */
export function itemKey(item: TransactItem): string {
  return keyId(item.Put?.Item ?? item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key ?? {})
}

/** Stable text of a write, for telling two writes of one item apart (JSON alone writes a Set as `{}`). */
export function writeText(item: TransactItem): string {
  return JSON.stringify(item, (_k, v: unknown) => (v instanceof Set ? { set: [...(v as Set<unknown>)].sort() } : v))
}

/**
 * The per-item codes of a cancelled transaction (`None` for an item that passed), in the order of its
 * TransactItems; undefined when `err` is not a cancelled transaction. The one place that reads
 * `CancellationReasons`, so callers ask which item refused instead of parsing the SDK's error.
 */
export function cancellationCodes(err: unknown): string[] | undefined {
  const e = err as { name?: string; CancellationReasons?: Array<{ Code?: string }> }
  if (e.name !== 'TransactionCanceledException') return undefined
  return (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None')
}

/** Whether a transaction was cancelled by a failed condition: on any item, or on the item at `index`. */
export function isCancelledByCondition(err: unknown, index?: number): boolean {
  const codes = cancellationCodes(err) ?? []
  return index === undefined ? codes.includes('ConditionalCheckFailed') : codes[index] === 'ConditionalCheckFailed'
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends a transaction, and sends it again after a short random wait while DynamoDB cancels it only because
 * another transaction held one of its items at that moment (`TransactionConflict`: many people opening one
 * notice at once all touch its counter). A cancellation by a condition is thrown at once, for the caller to
 * read with `cancellationCodes`; so is the last conflict.
 */
export async function transactRetryingConflicts(db: Db, items: TransactItem[], attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }))
      return
    } catch (err) {
      const codes = cancellationCodes(err)
      const conflict =
        (err as { name?: string }).name === 'TransactionConflictException' ||
        (codes !== undefined && codes.includes('TransactionConflict') && !codes.includes('ConditionalCheckFailed'))
      if (!conflict || attempt >= attempts) throw err
      await sleep(Math.floor(Math.random() * 15 * attempt))
    }
  }
}
