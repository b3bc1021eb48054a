import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { InboxMessage, KeyLogEntry, SpareKey } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { inboxItem } from '../notices/inbox'
import { putNew, revisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'
import { transactRetryingConflicts } from '../transact'

export async function getSpareKey(db: Db, compoundId: string, keyId: string): Promise<SpareKey | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.spareKey(compoundId, keyId), ConsistentRead: true }),
  )
  return toEntity<SpareKey>(out.Item)
}

/** Every spare key of a compound (a few hundred at most); the route keeps the caller's own and those they keep. */
export async function listSpareKeys(db: Db, compoundId: string): Promise<SpareKey[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.spareKeyPartition(compoundId) },
  })
  return items.map((i) => toEntity<SpareKey>(i) as SpareKey).sort((a, b) => b.depositedAt.localeCompare(a.depositedAt))
}

/** A log line as stored: the release's opening keeps its photo's key (the route turns it into a link). */
export type StoredKeyLogLine = Omit<KeyLogEntry, 'photoUrl'> & { photoKey?: string }

export async function listKeyLog(db: Db, compoundId: string, keyId: string): Promise<StoredKeyLogLine[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.keyLogPartition(compoundId, keyId) },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<StoredKeyLogLine>(i) as StoredKeyLogLine)
}

/**
 * The key on the version read (undefined: a new key), its log lines, its event and the inbox messages the step
 * causes (the owner told at once, H4, T9), in one transaction. False: someone changed the key first.
 */
export async function saveSpareKey(
  db: Db,
  key: SpareKey,
  expectedVersion: number | undefined,
  step: {
    actorId: string
    at: string
    lines: ReadonlyArray<Omit<StoredKeyLogLine, 'at'>>
    messages: ReadonlyArray<{ userId: string; message: InboxMessage }>
  },
): Promise<boolean> {
  try {
    await transactRetryingConflicts(db, [
      revisionPut(db, {
        item: { ...keys.spareKey(key.compoundId, key.keyId), type: 'spare_key', ...key },
        expected: expectedVersion,
      }),
      ...step.lines.map((line, n) =>
        putNew(db, {
          ...keys.keyLogLine(key.compoundId, key.keyId, step.at, n),
          type: 'key_log',
          at: step.at,
          ...line,
        }),
      ),
      eventPut(db, {
        compoundId: key.compoundId,
        subject: key.keyId,
        action: `spare_key.${step.lines[0]?.action ?? 'changed'}`,
        actorId: step.actorId,
        at: step.at,
      }),
      ...step.messages.map((m) => putNew(db, inboxItem(m.userId, m.message))),
    ])
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}
