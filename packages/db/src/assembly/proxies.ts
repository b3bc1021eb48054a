import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { ProxyRegistration } from '@jiayuan/contracts'
import type { Db } from '../client'
import { putNew } from '../put-if-revision'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { WriteRefused } from '../outcomes'
import { isCancelledByCondition } from '../transact'
import { keys } from '../keys'
import { queryAll } from '../query-all'

export async function getProxy(
  db: Db,
  compoundId: string,
  meetingId: string,
  principalId: string,
): Promise<ProxyRegistration | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.proxy(compoundId, meetingId, principalId), ConsistentRead: true }),
  )
  return toEntity<ProxyRegistration>(out.Item)
}

export async function listProxies(db: Db, compoundId: string, meetingId: string): Promise<ProxyRegistration[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.meetingPartition(compoundId, meetingId), ':p': keys.proxyPrefix },
  })
  return items.map((i) => toEntity<ProxyRegistration>(i) as ProxyRegistration)
}

/** Principals whose letters name this person as proxy. */
export async function principalsOf(
  db: Db,
  compoundId: string,
  meetingId: string,
  holderUserId: string,
): Promise<string[]> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.proxyHolder(compoundId, meetingId, holderUserId) }),
  )
  const principals = out.Item?.principals
  return principals instanceof Set ? [...(principals as Set<string>)].sort() : []
}

/**
 * Registers a written authorisation (DOMAIN V6) in one transaction: one proxy per principal, and the holder's
 * principal count raised only while below the cap, so two registrations racing for the last place cannot both
 * succeed. Registering the same letter again returns the first registration.
 */
export async function registerProxy(
  db: Db,
  compoundId: string,
  meetingId: string,
  reg: ProxyRegistration,
  cap: number,
): Promise<ProxyRegistration> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putNew(db, { ...keys.proxy(compoundId, meetingId, reg.principalId), type: 'proxy', ...reg }),
          {
            Update: {
              TableName: db.table,
              Key: keys.proxyHolder(compoundId, meetingId, reg.holderUserId),
              UpdateExpression: 'SET #type = :type ADD principalCount :one, principals :p',
              ConditionExpression: 'attribute_not_exists(principalCount) OR principalCount < :cap',
              ExpressionAttributeNames: { '#type': 'type' },
              ExpressionAttributeValues: {
                ':type': 'proxy_holder',
                ':one': 1,
                ':p': new Set([reg.principalId]),
                ':cap': cap,
              },
            },
          },
          eventPut(db, {
            compoundId,
            action: 'proxy.registered',
            actorId: reg.registeredBy,
            at: reg.registeredAt,
            subject: meetingId,
            data: { principalId: reg.principalId, holderUserId: reg.holderUserId, letterKey: reg.letterKey },
          }),
        ],
      }),
    )
    return reg
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const existing = await getProxy(db, compoundId, meetingId, reg.principalId)
    if (existing?.holderUserId === reg.holderUserId && existing.letterKey === reg.letterKey) return existing
    if (existing) throw new WriteRefused('ProxyAlreadyRegistered', { holderUserId: existing.holderUserId })
    // The holder's count refused it only if that check failed; otherwise another registration was in flight.
    if (isCancelledByCondition(err, 1)) {
      throw new WriteRefused('ProxyCapReached', { cap })
    }
    throw new WriteRefused('ProxyRegistrationRace')
  }
}
