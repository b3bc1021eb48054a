import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Volunteer } from '@jiayuan/contracts'
import type { Db } from '../client'
import { toEntity } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'

/** A sign-up or its update (H1): one item per person and compound. */
export async function putVolunteer(db: Db, v: Volunteer): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.volunteer(v.compoundId, v.userId), type: 'volunteer', ...v },
    }),
  )
}

export async function getVolunteer(db: Db, compoundId: string, userId: string): Promise<Volunteer | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.volunteer(compoundId, userId), ConsistentRead: true }),
  )
  return toEntity<Volunteer>(out.Item)
}

/** Every volunteer of a compound (the registry filters to those who consented). */
export async function listVolunteers(db: Db, compoundId: string): Promise<Volunteer[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.volunteerPartition(compoundId) },
  })
  return items.map((i) => toEntity<Volunteer>(i) as Volunteer)
}
