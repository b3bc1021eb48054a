import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Community, CommunityMembership, Compound, CompoundSummary, Membership } from '@jiayuan/contracts'
import type { Db } from './client'
import { eventPut } from './events'
import { isConditionFailure, toEntity } from './items'
import { keys } from './keys'
import { ItemMissing } from './outcomes'
import { getCompound } from './compounds'
import { membershipItem } from './users'
import { figureRefOfCommunity, setCompoundFacts } from './oversight/figures'

/** Events above a compound are kept under the community's id (`events.ts` partitions by the id it is given). */
const communityEvent = (
  db: Db,
  communityId: string,
  e: { action: string; actorId: string; at: string; subject: string },
) => eventPut(db, { compoundId: communityId, ...e })

export async function getCommunity(db: Db, communityId: string): Promise<Community> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.community(communityId) }))
  const community = toEntity<Community>(out.Item)
  if (!community) throw new ItemMissing('community')
  return community
}

/** Creates a community once: the id comes from the idempotency key, so a retried request gets the same one. */
export async function createCommunity(db: Db, community: Community, actorId: string): Promise<Community> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.community(community.communityId),
                ...keys.communityIndex(community.communityId),
                type: 'community',
                ...community,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          communityEvent(db, community.communityId, {
            action: 'community.created',
            actorId,
            at: community.createdAt,
            subject: community.communityId,
          }),
        ],
      }),
    )
    return community
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return getCommunity(db, community.communityId)
  }
}

/** Every community (the platform admin's list); a deployment holds a district's few hundred at most. */
export async function listCommunities(db: Db): Promise<Community[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.communityIndex('').GSI1PK },
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<Community>(i) as Community)
}

export async function getCommunities(db: Db, ids: readonly string[]): Promise<Community[]> {
  const found = await Promise.all(ids.map((id) => getCommunity(db, id).catch(() => undefined)))
  return found.filter((c): c is Community => !!c)
}

/** Whether the person administers the community: one consistent GetItem, checked on every request. */
export async function isCommunityAdmin(db: Db, userId: string, communityId: string): Promise<boolean> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.communityMembership(userId, communityId),
      ConsistentRead: true,
    }),
  )
  return !!out.Item
}

export async function listCommunityAdmins(db: Db, communityId: string): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.communityMemberIndex(communityId, '').GSI1PK },
    }),
  )
  return (out.Items ?? []).map((i) => String(i.userId))
}

export function communityMembershipPut(db: Db, userId: string, m: CommunityMembership) {
  return {
    Put: {
      TableName: db.table,
      Item: {
        ...keys.communityMembership(userId, m.communityId),
        ...keys.communityMemberIndex(m.communityId, userId),
        type: 'community_membership',
        userId,
        ...m,
      },
    },
  }
}

/** Seeds and scripts: a community admin's membership written straight (the pages go through invites). */
export async function putCommunityMembership(db: Db, userId: string, m: CommunityMembership): Promise<void> {
  await db.doc.send(new PutCommand(communityMembershipPut(db, userId, m).Put))
}

/** Compounds of a community (ID2), by the community's id. */
export async function listCommunityCompounds(db: Db, communityId: string): Promise<CompoundSummary[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :c)',
      ExpressionAttributeValues: { ':pk': keys.compoundIndex('', '').GSI1PK, ':c': `${communityId}#` },
    }),
  )
  return (out.Items ?? []).map((i) => {
    const c = toEntity<Compound>(i) as Compound
    return { compoundId: c.compoundId, name: c.name, street: c.street, community: c.community }
  })
}

/**
 * Creates a compound once (the id comes from the idempotency key) with a community_admin membership for each
 * admin of its community, so they run it from the first request; the event names who created it.
 */
export async function createCompound(
  db: Db,
  compound: Compound & { communityId: string },
  adminIds: readonly string[],
  actorId: string,
): Promise<Compound> {
  const admin: Membership = {
    compoundId: compound.compoundId,
    compoundName: compound.name,
    roles: ['community_admin'],
    gridIds: [],
    unitIds: [],
  }
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.compound(compound.compoundId),
                ...keys.compoundIndex(compound.compoundId, compound.communityId),
                // Found by name on the join page (ID2a), like every compound putCompound writes.
                ...keys.compoundNameIndex(compound.compoundId, compound.name),
                type: 'compound',
                ...compound,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...adminIds.map((userId) => ({
            Put: { TableName: db.table, Item: membershipItem(userId, admin) },
          })),
          eventPut(db, {
            compoundId: compound.compoundId,
            action: 'compound.created',
            actorId,
            at: compound.createdAt,
            subject: compound.compoundId,
            data: { communityId: compound.communityId, admins: [...adminIds] },
          }),
        ],
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    return getCompound(db, compound.compoundId)
  }
  // The street's row names the compound (S5), right after it is made: its street is read through the community,
  // and a compound made twice (a retry) returns above without writing it again.
  const ref = await figureRefOfCommunity(db, compound.compoundId, compound.communityId)
  if (ref) {
    const names = { communityId: compound.communityId, compoundName: compound.name, communityName: compound.community }
    await setCompoundFacts(db, ref, names, compound.createdAt)
  }
  return compound
}
