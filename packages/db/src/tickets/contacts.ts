import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { batchGetAll } from '../query-all'

/** What a ticket's contact card needs of a person: name, own phone, work phone (personal data, DOMAIN P1). */
export interface PersonContact {
  name: string
  phone?: string
  workPhone?: string
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined)

/** Contacts of a few people (a ticket's requester and holder): one BatchGet of their profiles. */
export async function personContacts(db: Db, userIds: readonly string[]): Promise<Map<string, PersonContact>> {
  const found = new Map<string, PersonContact>()
  const unique = [...new Set(userIds)]
  if (unique.length === 0) return found
  const items = await batchGetAll(
    db,
    unique.map((id) => keys.user(id)),
    { fields: { ProjectionExpression: 'userId, displayName, phone, workPhone' } },
  )
  for (const item of items) {
    const phone = text(item.phone)
    const workPhone = text(item.workPhone)
    found.set(String(item.userId), {
      name: String(item.displayName),
      ...(phone ? { phone } : {}),
      ...(workPhone ? { workPhone } : {}),
    })
  }
  return found
}

/** An owner's phone from the roll (the register the committee imported), if it has one. */
export async function rollOwnerPhone(db: Db, compoundId: string, ownerId: string): Promise<string | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.owner(compoundId, ownerId), ProjectionExpression: 'phone' }),
  )
  return text(out.Item?.phone)
}
