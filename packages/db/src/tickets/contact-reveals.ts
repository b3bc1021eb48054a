import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { ContactReveal } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { newId, toEntity } from '../items'

/**
 * Logs one reveal of a requester's contact (DOMAIN T7). Written before the contact is answered, so no reveal
 * leaves the API unlogged; a failed write answers 500 and reveals nothing.
 */
export async function logContactReveal(
  db: Db,
  compoundId: string,
  reveal: Omit<ContactReveal, 'revealId'>,
): Promise<ContactReveal> {
  const entry: ContactReveal = { revealId: newId(), ...reveal }
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.contactReveal(compoundId, entry.at, entry.revealId),
        type: 'contact_reveal',
        compoundId,
        ...entry,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  )
  return entry
}

/** The reveal log, newest first, a page at a time; `before` is the previous page's last sort key. */
export async function listContactReveals(
  db: Db,
  compoundId: string,
  options: { before?: string; limit: number },
): Promise<{ reveals: ContactReveal[]; olderBefore?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      ScanIndexForward: false,
      Limit: options.limit,
      KeyConditionExpression: options.before === undefined ? 'PK = :pk' : 'PK = :pk AND SK < :before',
      ExpressionAttributeValues: {
        ':pk': keys.contactRevealPartition(compoundId),
        ...(options.before === undefined ? {} : { ':before': options.before }),
      },
    }),
  )
  const reveals = (out.Items ?? []).map((item) => {
    const { compoundId: _cid, ...reveal } = toEntity<ContactReveal & { compoundId: string }>(item) as ContactReveal & {
      compoundId: string
    }
    return reveal
  })
  const last = out.LastEvaluatedKey?.SK
  return { reveals, ...(typeof last === 'string' ? { olderBefore: last } : {}) }
}
