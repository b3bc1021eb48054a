import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Department, DepartmentMembership, Street, StreetMembership } from '@jiayuan/contracts'
import type { Db } from './client'
import { toEntity } from './items'
import { keys } from './keys'
import { queryAll } from './query-all'

// Streets, departments and the people working for them (DOMAIN G4). Streets, their communities and departments
// are set up by seeds and scripts for now; the pages read them.

/** A street with the communities it covers, written together. */
export async function putStreet(db: Db, street: Street, communityIds: readonly string[]): Promise<void> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: db.table, Item: { ...keys.street(street.streetId), type: 'street', ...street } } },
        ...communityIds.flatMap((communityId) => [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.streetCommunity(street.streetId, communityId), type: 'street_community', communityId },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.communityStreet(communityId), type: 'community_street', streetId: street.streetId },
            },
          },
        ]),
      ],
    }),
  )
}

export async function putDepartment(db: Db, department: Department): Promise<void> {
  const item = { type: 'department', ...department }
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: db.table, Item: { ...keys.department(department.departmentId), ...item } } },
        {
          Put: {
            TableName: db.table,
            Item: { ...keys.streetDepartment(department.streetId, department.departmentId), ...item },
          },
        },
      ],
    }),
  )
}

export async function putStreetMembership(db: Db, userId: string, m: StreetMembership): Promise<void> {
  const Item = {
    ...keys.streetMembership(userId, m.streetId),
    ...keys.streetStaffIndex(m.streetId, userId),
    type: 'street_membership',
    userId,
    ...m,
  }
  await db.doc.send(new PutCommand({ TableName: db.table, Item }))
}

export async function putDepartmentMembership(db: Db, userId: string, m: DepartmentMembership): Promise<void> {
  const Item = {
    ...keys.departmentMembership(userId, m.departmentId),
    ...keys.departmentStaffIndex(m.departmentId, userId),
    type: 'department_membership',
    userId,
    ...m,
  }
  await db.doc.send(new PutCommand({ TableName: db.table, Item }))
}

async function exists(db: Db, key: { PK: string; SK: string }): Promise<boolean> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }))
  return !!out.Item
}

/** Whether the person works for the street: one consistent GetItem, checked on every request. */
export const isStreetStaff = (db: Db, userId: string, streetId: string) =>
  exists(db, keys.streetMembership(userId, streetId))

/** Whether the person works for the department: one consistent GetItem, checked on every request. */
export const isDepartmentStaff = (db: Db, userId: string, departmentId: string) =>
  exists(db, keys.departmentMembership(userId, departmentId))

export async function getStreet(db: Db, streetId: string): Promise<Street | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.street(streetId) }))
  return toEntity<Street>(out.Item)
}

export async function getDepartment(db: Db, departmentId: string): Promise<Department | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.department(departmentId) }))
  return toEntity<Department>(out.Item)
}

/** The street a community belongs to, if it was placed in one. */
export async function streetOfCommunity(db: Db, communityId: string): Promise<string | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.communityStreet(communityId) }))
  return typeof out.Item?.streetId === 'string' ? out.Item.streetId : undefined
}

async function streetChildren(db: Db, streetId: string, prefix: string) {
  return queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.streetPartition(streetId), ':p': prefix },
  })
}

export async function listStreetCommunityIds(db: Db, streetId: string): Promise<string[]> {
  const items = await streetChildren(db, streetId, keys.streetCommunityPrefix)
  return items.map((i) => String(i.communityId))
}

export async function listStreetDepartments(db: Db, streetId: string): Promise<Department[]> {
  const items = await streetChildren(db, streetId, keys.streetDepartmentPrefix)
  return items.map((i) => toEntity<Department>(i) as Department)
}

async function staffOf(db: Db, gsi1pk: string): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': gsi1pk },
    }),
  )
  return (out.Items ?? []).map((i) => String(i.userId))
}

export const listStreetStaff = (db: Db, streetId: string) => staffOf(db, keys.streetStaffIndex(streetId, '').GSI1PK)
export const listDepartmentStaff = (db: Db, departmentId: string) =>
  staffOf(db, keys.departmentStaffIndex(departmentId, '').GSI1PK)

/** The tickets whistled to a department, oldest whistle first (a ticket whistled twice appears once). */
export async function listWhistled(
  db: Db,
  departmentId: string,
): Promise<Array<{ compoundId: string; ticketId: string }>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.whistlePartition(departmentId) },
  })
  const seen = new Set<string>()
  return items.flatMap((i) => {
    const ref = { compoundId: String(i.compoundId), ticketId: String(i.ticketId) }
    const id = `${ref.compoundId}#${ref.ticketId}`
    if (seen.has(id)) return []
    seen.add(id)
    return [ref]
  })
}

/** The whistle pointer a ticket's change writes in its own transaction (`TicketPlan.whistle`). */
export function whistlePut(db: Db, w: { departmentId: string; at: string; compoundId: string; ticketId: string }) {
  return {
    Put: {
      TableName: db.table,
      Item: {
        ...keys.whistle(w.departmentId, w.at, w.compoundId, w.ticketId),
        type: 'whistle',
        compoundId: w.compoundId,
        ticketId: w.ticketId,
      },
    },
  }
}
