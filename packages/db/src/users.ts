import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { DepartmentMembership, STAFF_ROLES } from '@jiayuan/contracts'
import type {
  CommunityMembership,
  CompanyMembership,
  Membership,
  Persona,
  Role,
  StreetMembership,
  User,
} from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import { batchGetAll, queryAll } from './query-all'
import { eventPut } from './events'
import { isConditionFailure, newId, toEntity } from './items'
import { ItemMissing } from './outcomes'
import { rememberMembership } from './membership-cache'

export function toMembership(item: Record<string, unknown>): Membership {
  const e = toEntity<Partial<Membership>>(item) ?? {}
  return {
    compoundId: String(e.compoundId),
    compoundName: String(e.compoundName),
    roles: (e.roles ?? []) as Role[],
    gridIds: e.gridIds ?? [],
    unitIds: e.unitIds ?? [],
    ...(e.ownerId ? { ownerId: e.ownerId } : {}),
    ...(e.committee ? { committee: e.committee } : {}),
  }
}

/** Whether a membership belongs in the compound's staff index (sparse GSI2 `C#<cid>#STAFF`). */
export const holdsStaffRole = (roles: readonly Role[]): boolean => roles.some((r) => STAFF_ROLES.includes(r))

/**
 * The whole membership item. Every write of a membership Puts it whole, so the staff index key follows the roles:
 * a person given a staff role enters the index, one whose last staff role is taken leaves it. (The one Update of a
 * membership, a binding approved, adds `owner`: not a staff role, so the key stays as it was.)
 */
export function membershipItem(userId: string, m: Membership) {
  return {
    ...keys.membership(userId, m.compoundId),
    ...keys.membershipIndex(m.compoundId, userId),
    ...(holdsStaffRole(m.roles) ? keys.membershipStaffIndex(m.compoundId, userId) : {}),
    type: 'membership',
    userId,
    compoundId: m.compoundId,
    compoundName: m.compoundName,
    // DynamoDB keeps no empty set: a member whose roles were all removed keeps the item without `roles`.
    ...(m.roles.length ? { roles: new Set(m.roles) } : {}),
    ...(m.gridIds.length ? { gridIds: new Set(m.gridIds) } : {}),
    ...(m.unitIds.length ? { unitIds: new Set(m.unitIds) } : {}),
    ...(m.ownerId ? { ownerId: m.ownerId } : {}),
    ...(m.committee ? { committee: m.committee } : {}),
  }
}

/** A person's profile and all their memberships: one Query of their partition. */
export async function getUserWithMemberships(
  db: Db,
  userId: string,
): Promise<{
  user: User
  memberships: Membership[]
  communities: CommunityMembership[]
  streets: StreetMembership[]
  departments: DepartmentMembership[]
  companies: CompanyMembership[]
}> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.userPartition(userId) },
    }),
  )
  const items = out.Items ?? []
  const profile = items.find((i) => i.type === 'user')
  const found = toUser(profile)
  if (!found) throw new ItemMissing('user')
  // The person's own phone is theirs to see (their session); lists of other people never carry it.
  const user: User = typeof profile?.phone === 'string' ? { ...found, phone: profile.phone } : found
  return {
    user,
    memberships: items.filter((i) => i.type === 'membership').map(toMembership),
    communities: items
      .filter((i) => i.type === 'community_membership')
      .map((i) => ({ communityId: String(i.communityId), communityName: String(i.communityName) })),
    streets: items
      .filter((i) => i.type === 'street_membership')
      .map((i) => ({ streetId: String(i.streetId), streetName: String(i.streetName) })),
    departments: items
      .filter((i) => i.type === 'department_membership')
      .map((i) =>
        DepartmentMembership.parse({ departmentId: i.departmentId, departmentName: i.departmentName, kind: i.kind }),
      ),
    companies: items
      .filter((i) => i.type === 'company_membership')
      .map((i) => ({ companyId: String(i.companyId), companyName: String(i.companyName) })),
  }
}

/** `consistent` for the access check of each request: a role removed a moment ago must already be gone. */
export async function getMembership(
  db: Db,
  userId: string,
  compoundId: string,
  options: { consistent?: boolean } = {},
): Promise<Membership | undefined> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.membership(userId, compoundId),
      ...(options.consistent ? { ConsistentRead: true } : {}),
    }),
  )
  if (!out.Item) return undefined
  const m = toMembership(out.Item)
  if (options.consistent) rememberMembership(db.raw, userId, m)
  return m
}

/**
 * Finds the user behind a WeChat openid, creating one on first login. The openid item is written with a
 * condition, so two first logins at once create exactly one user.
 */
export async function userForOpenid(db: Db, openid: string, displayName: string, at: string): Promise<string> {
  const found = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.openid(openid) }))
  if (found.Item) return String(found.Item.userId)
  const userId = newId()
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.openid(openid), type: 'openid', userId },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          // The openid is kept on the profile too: subscribe messages and content checks address people by it.
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.user(userId), type: 'user', userId, displayName, createdAt: at, openid },
            },
          },
        ],
      }),
    )
    return userId
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const again = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: keys.openid(openid), ConsistentRead: true }),
    )
    if (!again.Item) throw err
    return String(again.Item.userId)
  }
}

export interface SeedUser extends User {
  /** Platform admin (bootstrap account): creates communities and names their first admins. */
  platformAdmin?: boolean
  /** A contact phone the person gave, and a work phone for staff and grid workers (tickets' contact card). */
  phone?: string
  workPhone?: string
  persona?: { personaId: string; description: string; memberships: Persona['memberships']; order?: number }
}

export async function putUser(db: Db, user: SeedUser): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.user(user.userId),
        ...(user.persona ? keys.personaIndex(user.persona.personaId) : {}),
        type: 'user',
        ...user,
      },
    }),
  )
}

export async function putMembership(db: Db, userId: string, m: Membership): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: membershipItem(userId, m) }))
}

/** Joining never downgrades: an existing membership is kept as it is. */
export async function joinAsResident(
  db: Db,
  userId: string,
  compoundId: string,
  compoundName: string,
  at: string,
): Promise<Membership> {
  const m: Membership = { compoundId, compoundName, roles: ['resident'], gridIds: [], unitIds: [] }
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: membershipItem(userId, m),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          eventPut(db, { compoundId, action: 'member.joined', actorId: userId, at, subject: userId }),
        ],
      }),
    )
    return m
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return (await getMembership(db, userId, compoundId)) ?? m
  }
}

/**
 * Keeps the phone a person shared from WeChat (DOMAIN W2) on their profile, where a ticket's contact card reads
 * it (access pattern ID25). Only an existing profile is updated.
 */
export async function setUserPhone(db: Db, userId: string, phone: string, at: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: keys.user(userId),
      UpdateExpression: 'SET phone = :phone, phoneSharedAt = :at',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':phone': phone, ':at': at },
    }),
  )
}

/**
 * The person agreed to the privacy guide of `version` (DOMAIN W3), where and when: kept once per version (the
 * first agreement stands), next to their profile (access pattern ID26).
 */
export async function recordPrivacyConsent(
  db: Db,
  userId: string,
  consent: { version: string; compoundId: string; at: string },
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.privacyConsent(userId, consent.version), type: 'privacy_consent', userId, ...consent },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}

/** Every member of a compound, residents included: a member list, an audience of residents or owners. */
export async function listMembers(db: Db, compoundId: string): Promise<Array<Membership & { userId: string }>> {
  return membersIn(db, 'GSI1', keys.membershipIndex(compoundId, '').GSI1PK)
}

/**
 * The members holding a staff role (grid workers, property staff, committee members, community admins), with
 * all their roles: the sparse GSI2 `C#<cid>#STAFF` holds only their memberships, so a 1,000-household compound's
 * residents are not read to find the few people told of a report.
 */
export async function listStaff(db: Db, compoundId: string): Promise<Array<Membership & { userId: string }>> {
  return membersIn(db, 'GSI2', keys.membershipStaffIndex(compoundId, '').GSI2PK)
}

// Every page: a compound of a few thousand members passes DynamoDB's 1 MB a page, and a member left off would not
// be listed or told.
async function membersIn(db: Db, index: 'GSI1' | 'GSI2', pk: string): Promise<Array<Membership & { userId: string }>> {
  const items = await queryAll(db, {
    IndexName: index,
    KeyConditionExpression: `${index}PK = :pk`,
    ExpressionAttributeValues: { ':pk': pk },
  })
  return items.map((i) => ({ ...toMembership(i), userId: String(i.userId) }))
}

function toUser(item: Record<string, unknown> | undefined): User | undefined {
  const u = toEntity<User>(item)
  if (!u) return undefined
  return {
    userId: u.userId,
    displayName: u.displayName,
    createdAt: u.createdAt,
    ...(u.platformAdmin ? { platformAdmin: true } : {}),
  }
}

export async function getUser(
  db: Db,
  userId: string,
  options: { consistent?: boolean } = {},
): Promise<User | undefined> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.user(userId),
      ...(options.consistent ? { ConsistentRead: true } : {}),
    }),
  )
  return toUser(out.Item)
}

/** Profiles of many people (a member list): BatchGet in chunks of 100, not one GetItem each. */
export async function getUsers(db: Db, userIds: readonly string[]): Promise<Map<string, User>> {
  const found = new Map<string, User>()
  for (const item of await batchGetAll(
    db,
    userIds.map((id) => keys.user(id)),
  )) {
    const user = toUser(item)
    if (user) found.set(user.userId, user)
  }
  return found
}

export async function listPersonas(db: Db): Promise<Persona[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': 'PERSONA' },
    }),
  )
  const items = [...(out.Items ?? [])].sort(
    (a, b) => ((a.persona as SeedUser['persona'])?.order ?? 0) - ((b.persona as SeedUser['persona'])?.order ?? 0),
  )
  return items.map((i) => {
    const p = i.persona as SeedUser['persona']
    return {
      personaId: String(p?.personaId),
      displayName: String(i.displayName),
      description: String(p?.description ?? ''),
      memberships: p?.memberships ?? [],
    }
  })
}

export async function userForPersona(db: Db, personaId: string): Promise<string | undefined> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :p AND GSI1SK = :id',
      ExpressionAttributeValues: { ':p': 'PERSONA', ':id': personaId },
    }),
  )
  const item = out.Items?.[0]
  return item ? String(item.userId) : undefined
}

/** The WeChat openid of a person who logged in with WeChat (absent for seeded personas). Never sent to clients. */
export async function openidOf(db: Db, userId: string): Promise<string | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.user(userId), ProjectionExpression: 'openid' }),
  )
  return typeof out.Item?.openid === 'string' ? out.Item.openid : undefined
}
