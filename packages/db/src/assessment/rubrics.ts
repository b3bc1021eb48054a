import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Rubric, Street } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { toEntity } from '../items'
import { keyId, keys } from '../keys'
import { putIfRevision } from '../put-if-revision'
import { batchGetByKey } from '../query-all'

/** Events of the street's own records are kept under the street, as a compound's under the compound. */
export const streetEventScope = (streetId: string) => `street-${streetId}`

export async function getRubric(db: Db, streetId: string, consistent = false): Promise<Rubric | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.rubric(streetId), ConsistentRead: consistent }),
  )
  return toEntity<Rubric>(out.Item)
}

/** The street's rubric and the street itself (for its name), in one BatchGetItem: what a resident's page shows. */
export async function getRubricWithStreet(
  db: Db,
  streetId: string,
): Promise<{ rubric: Rubric | undefined; street: Street | undefined }> {
  const rubricKey = keys.rubric(streetId)
  const streetKey = keys.street(streetId)
  const found = await batchGetByKey(db, [rubricKey, streetKey])
  return {
    rubric: toEntity<Rubric>(found.get(keyId(rubricKey))),
    street: toEntity<Street>(found.get(keyId(streetKey))),
  }
}

/**
 * Writes the rubric on the revision that was read and only while it is a draft (a published rubric is
 * read-only), with its event. False when the condition refused it.
 */
export async function saveRubric(
  db: Db,
  rubric: Rubric,
  read: Rubric | undefined,
  event: { action: 'rubric.saved' | 'rubric.published'; actorId: string; at: string },
): Promise<boolean> {
  return putIfRevision(
    db,
    {
      item: { ...keys.rubric(rubric.streetId), type: 'rubric', ...rubric },
      expected: read?.revision,
      attribute: 'revision',
      unchanged: { status: 'draft' },
    },
    [eventPut(db, { compoundId: streetEventScope(rubric.streetId), subject: 'rubric', ...event })],
  )
}
