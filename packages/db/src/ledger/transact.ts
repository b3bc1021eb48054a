import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb'

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number]

/** `PK|SK` of the item a transaction write touches: one transaction may touch an item only once. */
export function itemKey(item: TransactItem): string {
  const key = (item.Put?.Item ?? item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key ?? {}) as Record<string, unknown>
  return `${String(key.PK)}|${String(key.SK)}`
}

export function isCancelledByCondition(err: unknown, index?: number): boolean {
  if ((err as { name?: string }).name !== 'TransactionCanceledException') return false
  const reasons = (err as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []
  return index === undefined ? reasons.some((r) => r.Code === 'ConditionalCheckFailed') : reasons[index]?.Code === 'ConditionalCheckFailed'
}
