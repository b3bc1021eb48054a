import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Decision, InboxMessage } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { inboxItem } from '../notices/inbox'
import { putNew, revisionPut } from '../put-if-revision'
import { batchGetAll, queryAll } from '../query-all'
import type { TransactItem } from '../transact'

export type StoredDecision = Decision & { remindedAt?: string }

const FINAL = new Set(['done', 'dropped'])

function decisionItem(d: StoredDecision): Record<string, unknown> {
  return {
    ...keys.decision(d.compoundId, d.decisionId),
    // Only unfinished decisions sit in the sweep's index (GV6).
    ...(FINAL.has(d.status) ? {} : keys.decisionOpen(d.compoundId, d.dueDate, d.decisionId)),
    type: 'decision',
    ...d,
  }
}

/** A new decision and a pointer per ticket it settles, for the transaction that locks the minutes (GV4, GV5). */
export function newDecisionPuts(db: Db, d: StoredDecision): TransactItem[] {
  return [
    putNew(db, decisionItem(d)),
    ...d.ticketIds.map((tid) =>
      putNew(db, {
        ...keys.ticketDecision(d.compoundId, tid, d.decisionId),
        type: 'ticket_decision',
        decisionId: d.decisionId,
      }),
    ),
  ]
}

export async function getDecision(db: Db, compoundId: string, decisionId: string): Promise<StoredDecision | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.decision(compoundId, decisionId), ConsistentRead: true }),
  )
  return toEntity<StoredDecision>(out.Item)
}

/** The compound's decision ledger, newest first by when it was made (GV4). */
export async function listDecisions(db: Db, compoundId: string): Promise<StoredDecision[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.decisionPartition(compoundId) },
  })
  return items
    .map((i) => toEntity<StoredDecision>(i) as StoredDecision)
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt) || a.decisionId.localeCompare(b.decisionId))
}

/** Unfinished decisions due on or before a day (the sweep, GV6). */
export async function listDecisionsDueBy(db: Db, compoundId: string, day: string): Promise<StoredDecision[]> {
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK <= :day',
    ExpressionAttributeValues: { ':pk': keys.decisionOpenIndex(compoundId), ':day': `${day}#~` },
  })
  return items.map((i) => toEntity<StoredDecision>(i) as StoredDecision)
}

/** Decisions that settle one ticket (GV5): the pointers, then one BatchGet. */
export async function decisionsOfTicket(db: Db, compoundId: string, ticketId: string): Promise<StoredDecision[]> {
  const pointers = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.ticketDecisionPartition(compoundId, ticketId) },
  })
  if (pointers.length === 0) return []
  // Every pointer's decision (a throttled key is asked again, not dropped).
  const items = await batchGetAll(
    db,
    pointers.map((p) => keys.decision(compoundId, String(p.decisionId))),
  )
  return items.map((i) => toEntity<StoredDecision>(i) as StoredDecision)
}

/**
 * A decision changed on the version read (progress, the sweep's flag), with its event and the inbox messages it
 * causes, in one transaction. False: someone changed it first.
 */
export async function saveDecision(
  db: Db,
  d: StoredDecision,
  expectedVersion: number,
  event: { action: string; actorId: string; at: string; reason?: string },
  messages: ReadonlyArray<{ userId: string; message: InboxMessage }> = [],
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          revisionPut(db, { item: decisionItem(d), expected: expectedVersion }),
          eventPut(db, { compoundId: d.compoundId, subject: d.decisionId, ...event }),
          ...messages.map((m) => ({
            Put: {
              TableName: db.table,
              Item: inboxItem(m.userId, m.message),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}
