import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Binding } from '@jiayuan/contracts'
import type { Db } from './client'
import { putWhile } from './put-if-revision'
import { keys } from './keys'
import { eventPut } from './events'
import { isConditionFailure, toEntity } from './items'
import { ItemMissing, WriteRefused } from './outcomes'
import { queryMineInCompound } from './query-all'

function bindingItem(b: Binding) {
  return {
    ...keys.binding(b.compoundId, b.bindingId),
    ...keys.bindingByStatus(b.compoundId, b.status, b.createdAt, b.bindingId),
    ...keys.bindingByUser(b.userId, b.compoundId, b.createdAt),
    type: 'binding',
    ...b,
  }
}

export async function getBinding(db: Db, compoundId: string, bindingId: string): Promise<Binding | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.binding(compoundId, bindingId), ConsistentRead: true }),
  )
  return toEntity<Binding>(out.Item)
}

/**
 * Creates a pending binding. The id comes from the idempotency key, so a retried request returns the first
 * one; a lock item stops a second pending request by the same person for the same unit.
 */
export async function createBinding(db: Db, b: Binding): Promise<Binding> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: bindingItem(b), ConditionExpression: 'attribute_not_exists(PK)' } },
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.pendingBindingLock(b.compoundId, b.userId, b.unitId),
                type: 'binding_lock',
                bindingId: b.bindingId,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          eventPut(db, {
            compoundId: b.compoundId,
            action: 'binding.requested',
            actorId: b.userId,
            at: b.createdAt,
            subject: b.bindingId,
            data: { unitId: b.unitId },
          }),
        ],
      }),
    )
    return b
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const existing = await getBinding(db, b.compoundId, b.bindingId)
    if (existing && existing.userId === b.userId) return existing
    throw new WriteRefused('BindingPending')
  }
}

export async function listBindingsByStatus(db: Db, compoundId: string, status: Binding['status']): Promise<Binding[]> {
  const { GSI1PK } = keys.bindingByStatus(compoundId, status, '', '')
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': GSI1PK },
      ScanIndexForward: false,
      Limit: 100,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<Binding>(i) as Binding)
}

export async function listBindingsOfUser(db: Db, userId: string, compoundId: string): Promise<Binding[]> {
  const { GSI2PK } = keys.bindingByUser(userId, compoundId, '')
  return (await queryMineInCompound(db, GSI2PK, compoundId)).map((i) => toEntity<Binding>(i) as Binding)
}

/**
 * Decides a pending binding in one transaction: the binding (only if still pending), the person's membership
 * (owner role, owner id and unit added on approval), the lock released and the event kept. Two reviewers
 * deciding at once: exactly one wins, the other gets a 409.
 */
export async function decideBinding(
  db: Db,
  pending: Binding,
  decided: Binding,
  actor: { userId: string; at: string },
): Promise<Binding> {
  const approve = decided.status === 'approved'
  const membershipUpdate = approve
    ? [
        {
          Update: {
            TableName: db.table,
            Key: keys.membership(pending.userId, pending.compoundId),
            UpdateExpression: 'ADD #roles :owner, unitIds :unit SET ownerId = :ownerId',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeNames: { '#roles': 'roles' },
            ExpressionAttributeValues: {
              ':owner': new Set(['owner']),
              ':unit': new Set([pending.unitId]),
              ':ownerId': decided.ownerId,
            },
          },
        },
        {
          ConditionCheck: {
            TableName: db.table,
            Key: keys.ownership(pending.compoundId, pending.unitId, decided.ownerId ?? ''),
            ConditionExpression: 'attribute_exists(PK)',
          },
        },
      ]
    : []
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putWhile(db, bindingItem(decided), { status: 'pending' }),
          ...membershipUpdate,
          {
            Delete: {
              TableName: db.table,
              Key: keys.pendingBindingLock(pending.compoundId, pending.userId, pending.unitId),
            },
          },
          eventPut(db, {
            compoundId: pending.compoundId,
            action: approve ? 'binding.approved' : 'binding.rejected',
            actorId: actor.userId,
            at: actor.at,
            subject: pending.bindingId,
            ...(decided.reason ? { reason: decided.reason } : {}),
            data: { unitId: pending.unitId, ownerId: decided.ownerId },
          }),
        ],
      }),
    )
    return decided
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const now = await getBinding(db, pending.compoundId, pending.bindingId)
    if (!now) throw new ItemMissing('binding')
    if (now.status !== 'pending') throw new WriteRefused('BindingAlreadyDecided')
    throw new WriteRefused('BindingNotApplicable')
  }
}
