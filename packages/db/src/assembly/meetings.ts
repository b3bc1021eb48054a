import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { eventPut, type AuditEvent } from '../events'
import { putIfRevision } from '../put-if-revision'
import { isConditionFailure, toEntity } from '../items'
import { WriteRefused } from '../outcomes'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { announcementPut } from '../notices/announcements'
import type { AnnounceOutboxEntry } from '../outbox/entries'
import type { MeetingRecord, MotionRecord } from './records'

export type MeetingEvent = Omit<AuditEvent, 'eventId' | 'compoundId' | 'subject'>

function meetingItem(m: MeetingRecord) {
  return {
    ...keys.meeting(m.compoundId, m.meetingId),
    ...keys.meetingIndex(m.compoundId, m.createdAt, m.meetingId),
    type: 'meeting',
    ...m,
  }
}

const motionPut = (db: Db, m: MeetingRecord, motion: MotionRecord) => ({
  Put: {
    TableName: db.table,
    Item: { ...keys.motion(m.compoundId, m.meetingId, motion.motionId), type: 'motion', ...motion },
  },
})

const event = (db: Db, m: MeetingRecord, e: MeetingEvent) =>
  eventPut(db, { ...e, compoundId: m.compoundId, subject: m.meetingId })

export async function getMeetingRecord(
  db: Db,
  compoundId: string,
  meetingId: string,
): Promise<MeetingRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.meeting(compoundId, meetingId), ConsistentRead: true }),
  )
  return toEntity<MeetingRecord>(out.Item)
}

export async function getMotions(db: Db, compoundId: string, meetingId: string): Promise<MotionRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.meetingPartition(compoundId, meetingId), ':p': keys.motionPrefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<MotionRecord>(i) as MotionRecord).sort((a, b) => a.order - b.order)
}

/**
 * The meeting header and its motions in one Query (`SK` from `META` to the end of `MOT#`): they share the meeting's
 * partition, and no other record's sort key falls between them (DELIV#, HOLDER# sort before; OBJ#, PROXY#, TALLY
 * after). `undefined` when there is no header.
 */
export async function getMeetingWithMotions(
  db: Db,
  compoundId: string,
  meetingId: string,
): Promise<{ meeting: MeetingRecord; motions: MotionRecord[] } | undefined> {
  const meta = keys.meeting(compoundId, meetingId).SK
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': keys.meetingPartition(compoundId, meetingId),
      ':from': meta,
      ':to': `${keys.motionPrefix}\uffff`,
    },
    ConsistentRead: true,
  })
  const header = items.find((i) => i.SK === meta)
  const meeting = toEntity<MeetingRecord>(header)
  if (!meeting) return undefined
  const motions = items
    .filter((i) => String(i.SK).startsWith(keys.motionPrefix))
    .map((i) => toEntity<MotionRecord>(i) as MotionRecord)
    .sort((a, b) => a.order - b.order)
  return { meeting, motions }
}

/** Newest first; a compound holds a few meetings a year, so one page of 100 is the whole list. */
export async function listMeetingRecords(db: Db, compoundId: string): Promise<MeetingRecord[]> {
  const { GSI1PK } = keys.meetingIndex(compoundId, '', '')
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
  return (out.Items ?? []).map((i) => toEntity<MeetingRecord>(i) as MeetingRecord)
}

/**
 * Creates a draft with its motions and the event in one transaction. The id comes from the idempotency key,
 * so a retried request gets the meeting it already made.
 */
export async function createMeeting(
  db: Db,
  m: MeetingRecord,
  motions: readonly MotionRecord[],
): Promise<MeetingRecord> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: meetingItem(m), ConditionExpression: 'attribute_not_exists(PK)' } },
          ...motions.map((motion) => motionPut(db, m, motion)),
          event(db, m, {
            action: 'meeting.created',
            actorId: m.createdBy,
            at: m.createdAt,
            data: { kind: m.kind, motions: motions.length },
          }),
        ],
      }),
    )
    return m
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const existing = await getMeetingRecord(db, m.compoundId, m.meetingId)
    if (existing && existing.createdBy === m.createdBy) return existing
    throw new WriteRefused('MeetingExists')
  }
}

/**
 * Writes the next state of a meeting if nobody changed it since `before` was read (same revision), with the
 * event and any extra items in the same transaction. Two committee members acting at once: one wins, one 409.
 */
export async function saveMeeting(
  db: Db,
  before: MeetingRecord,
  next: MeetingRecord,
  e: MeetingEvent,
  extra: {
    motions?: readonly MotionRecord[]
    deleteMotionIds?: readonly string[]
    announce?: AnnounceOutboxEntry
  } = {},
): Promise<MeetingRecord> {
  const saved = { ...next, revision: before.revision + 1 }
  const written = await putIfRevision(
    db,
    {
      item: meetingItem(saved),
      expected: before.revision,
      attribute: 'revision',
      unchanged: { status: before.status },
    },
    [
      ...(extra.motions ?? []).map((motion) => motionPut(db, saved, motion)),
      ...(extra.deleteMotionIds ?? []).map((id) => ({
        Delete: { TableName: db.table, Key: keys.motion(saved.compoundId, saved.meetingId, id) },
      })),
      event(db, saved, e),
      // The owners are told in the same transaction (notices/announcements.ts).
      ...(extra.announce ? [announcementPut(db, extra.announce)] : []),
    ],
  )
  if (written) return saved
  throw new WriteRefused('MeetingChanged')
}
