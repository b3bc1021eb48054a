import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { DisclosureObjection } from '@jiayuan/contracts'
import type { StoredSection } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { WriteRefused } from '../outcomes'
import { putIfRevision } from '../put-if-revision'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { compoundFactsUpdate, figureRefOf } from '../oversight/figures'

/** The current version of every section that was ever filled in (one Query of the board's partition). */
export async function listDisclosureSections(db: Db, compoundId: string): Promise<StoredSection[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.disclosurePartition(compoundId), ':p': keys.disclosureSectionPrefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<StoredSection>(i) as StoredSection)
}

/**
 * Replaces a section if it is still at `expectedVersion`, and keeps the new version in its history, with the
 * event, in one transaction: a stale editor gets 409 and nothing is overwritten unseen.
 */
export async function putDisclosureSection(
  db: Db,
  compoundId: string,
  next: StoredSection,
  expectedVersion: number,
  reason?: string,
): Promise<StoredSection> {
  const ref = await figureRefOf(db, compoundId)
  const written = await putIfRevision(
    db,
    {
      item: { ...keys.disclosureSection(compoundId, next.section), type: 'disclosure', ...next },
      expected: expectedVersion === 0 ? undefined : expectedVersion,
    },
    [
      {
        Put: {
          TableName: db.table,
          Item: {
            ...keys.disclosureHistory(compoundId, next.section, next.version),
            type: 'disclosure_version',
            ...next,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      eventPut(db, {
        compoundId,
        action: 'disclosure.updated',
        actorId: next.updatedBy,
        at: next.updatedAt,
        subject: next.section,
        ...(reason ? { reason } : {}),
        data: { version: next.version },
      }),
      // The street's facts (D1 freshness for S5): when the company last published, with the publication.
      ...(ref ? [compoundFactsUpdate(db, ref, { lastDisclosureAt: next.updatedAt }, next.updatedAt)] : []),
    ],
  )
  if (!written) throw new WriteRefused('DisclosureChanged')
  return next
}

/** Records an objection once (its id comes from the idempotency key); a retry finds it already there. */
export async function putObjection(
  db: Db,
  compoundId: string,
  objection: DisclosureObjection,
  actorId: string,
): Promise<void> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.disclosureObjection(compoundId, objection.objectionId),
                type: 'disclosure_objection',
                actorId,
                ...objection,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          eventPut(db, {
            compoundId,
            action: 'disclosure.objected',
            actorId,
            at: objection.at,
            subject: objection.section,
            data: { ticketId: objection.ticketId, replyBy: objection.replyBy },
          }),
        ],
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}

export async function listDisclosureObjections(db: Db, compoundId: string): Promise<DisclosureObjection[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.disclosureObjectionPartition(compoundId) },
  })
  return items
    .map((i) => {
      const { actorId: _actor, ...objection } = toEntity<DisclosureObjection & { actorId: string }>(
        i,
      ) as DisclosureObjection & { actorId: string }
      return objection
    })
    .sort((a, b) => b.at.localeCompare(a.at))
}
