import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { CompanyMembership, PropertyCompany } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import type { TransactItem } from '../transact'

// Property companies as organisations across compounds (DOMAIN S3): the company, the compounds it serves (both
// ways), the street's list of companies serving its compounds, and the company's users.

const companyOf = (i: Record<string, unknown> | undefined): PropertyCompany | undefined =>
  i && typeof i.companyId === 'string' ? { companyId: i.companyId, name: String(i.name) } : undefined

export async function getCompany(db: Db, companyId: string): Promise<PropertyCompany | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.company(companyId) }))
  return companyOf(out.Item)
}

/** The company linked to a compound, if any (consistent: the company users' access is checked with it). */
export async function companyOfCompound(db: Db, compoundId: string): Promise<PropertyCompany | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.compoundCompany(compoundId), ConsistentRead: true }),
  )
  return companyOf(out.Item)
}

export async function listCompanyCompoundIds(db: Db, companyId: string): Promise<string[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.companyPartition(companyId), ':p': keys.companyCompoundPrefix },
  })
  return items.map((i) => String(i.compoundId))
}

export async function listStreetCompanies(db: Db, streetId: string): Promise<PropertyCompany[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.streetPartition(streetId), ':p': keys.streetCompanyPrefix },
  })
  return items.flatMap((i) => companyOf(i) ?? [])
}

/**
 * Links a compound to a company (creating the company when `create`), in one transaction with its event: the
 * compound's pointer, the company's pointer back (the previous company's removed), the street's list.
 */
export async function linkCompoundCompany(
  db: Db,
  link: {
    compoundId: string
    company: PropertyCompany
    create: boolean
    previous?: PropertyCompany
    streetId?: string
    event: { actorId: string; at: string; reason: string }
  },
): Promise<void> {
  const { compoundId, company } = link
  const items: TransactItem[] = [
    ...(link.create
      ? [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.company(company.companyId), type: 'company', ...company },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ]
      : []),
    {
      Put: { TableName: db.table, Item: { ...keys.compoundCompany(compoundId), type: 'compound_company', ...company } },
    },
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.companyCompound(company.companyId, compoundId), type: 'company_compound', compoundId },
      },
    },
    ...(link.previous && link.previous.companyId !== company.companyId
      ? [{ Delete: { TableName: db.table, Key: keys.companyCompound(link.previous.companyId, compoundId) } }]
      : []),
    ...(link.streetId
      ? [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.streetCompany(link.streetId, company.companyId), type: 'street_company', ...company },
            },
          },
        ]
      : []),
    eventPut(db, {
      compoundId,
      subject: company.companyId,
      action: 'rectification.company.linked',
      ...link.event,
      data: { companyName: company.name, ...(link.previous ? { previous: link.previous.companyId } : {}) },
    }),
  ]
  await db.doc.send(new TransactWriteCommand({ TransactItems: items }))
}

export async function putCompanyMembership(db: Db, userId: string, m: CompanyMembership): Promise<void> {
  const Item = {
    ...keys.companyMembership(userId, m.companyId),
    ...keys.companyStaffIndex(m.companyId, userId),
    type: 'company_membership',
    userId,
    ...m,
  }
  await db.doc.send(new PutCommand({ TableName: db.table, Item }))
}

/** Whether the person works for the company: one consistent GetItem, checked on every request. */
export async function isCompanyStaff(db: Db, userId: string, companyId: string): Promise<boolean> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.companyMembership(userId, companyId), ConsistentRead: true }),
  )
  return !!out.Item
}

export async function listCompanyStaff(db: Db, companyId: string): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.companyStaffIndex(companyId, '').GSI1PK },
    }),
  )
  return (out.Items ?? []).map((i) => String(i.userId))
}
