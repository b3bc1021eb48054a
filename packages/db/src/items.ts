import { randomUUID } from 'node:crypto'
import { tableSpec } from './table'

const KEY_ATTRS = new Set<string>([
  tableSpec.partitionKey,
  tableSpec.sortKey,
  ...tableSpec.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  'type',
  tableSpec.ttlAttribute,
])

/**
 * Removes the table's own attributes so what leaves packages/db is the entity alone; `also` names one more
 * stored-only attribute to leave out in the same copy (a ticket's `ver`).
 */
export function toEntity<T>(item: Record<string, unknown> | undefined, also?: string): T | undefined {
  if (!item) return undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(item)) {
    if (KEY_ATTRS.has(k) || k === also) continue
    out[k] = v instanceof Set ? [...v].sort() : v
  }
  return out as T
}

export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 20)
}

export function isConditionFailure(err: unknown): boolean {
  const name = (err as { name?: string }).name
  return name === 'ConditionalCheckFailedException' || name === 'TransactionCanceledException'
}
