import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { isConditionFailure } from './items'
import type { TransactItem } from './transact'

export interface RevisionPut {
  item: Record<string, unknown>
  /** The revision that was read; undefined when the item must not exist yet. */
  expected: number | undefined
  /** The attribute holding the revision: `version` in most items, `revision` in meetings. */
  attribute?: string
  /** Further attributes that must still hold the value that was read (a meeting's status). */
  unchanged?: Readonly<Record<string, string | number>>
}

/** Conditions that the stored item still holds these values, with their placeholders. */
function stillHolds(values: Readonly<Record<string, string | number>>, start: string[] = []) {
  const names: Record<string, string> = {}
  const placeholders: Record<string, unknown> = {}
  const conditions = [...start]
  for (const [i, [name, value]] of Object.entries(values).entries()) {
    names[`#u${i}`] = name
    placeholders[`:u${i}`] = value
    conditions.push(`#u${i} = :u${i}`)
  }
  return { names, placeholders, conditions }
}

/** The Put of an optimistic write: it lands only on the revision that was read, so a stale writer is refused. */
export function revisionPut(db: Db, p: RevisionPut): TransactItem {
  if (p.expected === undefined)
    return { Put: { TableName: db.table, Item: p.item, ConditionExpression: 'attribute_not_exists(PK)' } }
  const { names, placeholders, conditions } = stillHolds(p.unchanged ?? {}, ['#rev = :rev'])
  return {
    Put: {
      TableName: db.table,
      Item: p.item,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: { ...names, '#rev': p.attribute ?? 'version' },
      ExpressionAttributeValues: { ...placeholders, ':rev': p.expected },
    },
  }
}

/** A Put that lands only while the stored item still holds these values (a report still a draft, …). */
export function putWhile(db: Db, item: Record<string, unknown>, holds: Readonly<Record<string, string | number>>) {
  const { names, placeholders, conditions } = stillHolds(holds)
  return {
    Put: {
      TableName: db.table,
      Item: item,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: placeholders,
    },
  }
}

/**
 * Writes an item on the revision that was read, with what goes with it (its event, …), in one transaction.
 * False when the condition refused it (someone was first): the caller decides what that means.
 */
export async function putIfRevision(db: Db, put: RevisionPut, also: readonly TransactItem[] = []): Promise<boolean> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: [revisionPut(db, put), ...also] }))
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** A Put that lands only if the item does not exist yet: an id written once, a retry finding the first write. */
export function putNew(db: Db, item: Record<string, unknown>) {
  return { Put: { TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' } }
}
