import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { VotingRoll, VotingSubject } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keyId, keys } from '../keys'
import { batchGetAll, batchGetByKey, queryAll } from '../query-all'
import { toEntity } from '../items'
import { batchPut } from './batch-put'
import type { MeetingRecord } from './records'

export interface SnapshotSubject {
  subject: VotingSubject
  /** The reference this subject's ballots are published under. */
  ref: string
}

/**
 * Freezes the roll when voting opens (DOMAIN V5): one item per subject and one per unit (pointing at its
 * subject), never one big item, so a 10,000-unit roll fits. Idempotent: same roll, same items.
 */
export async function writeRollSnapshot(
  db: Db,
  ids: { compoundId: string; meetingId: string; rollHash: string },
  roll: VotingRoll,
  refs: Readonly<Record<string, string>>,
): Promise<void> {
  const { compoundId: c, meetingId: m, rollHash: h } = ids
  await batchPut(db, [
    {
      ...keys.rollSnapshotMeta(c, m, h),
      type: 'roll_meta',
      parkingAreaCounts: roll.parkingAreaCounts,
      subjects: roll.subjects.length,
    },
    ...roll.subjects.map((subject) => ({
      ...keys.rollSubject(c, m, h, subject.subjectId),
      type: 'roll_subject',
      subject,
      ref: refs[subject.subjectId],
    })),
    ...roll.subjects.flatMap((s) =>
      s.units.map((u) => ({
        ...keys.rollUnit(c, m, h, u.unitId),
        type: 'roll_unit',
        unitId: u.unitId,
        subjectId: s.subjectId,
        kind: s.kind,
      })),
    ),
  ])
}

function toSnapshotSubject(item: Record<string, unknown> | undefined): SnapshotSubject | undefined {
  return item ? { subject: item.subject as VotingSubject, ref: String(item.ref) } : undefined
}

export async function getSnapshotSubject(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollHash: string,
  subjectId: string,
): Promise<SnapshotSubject | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.rollSubject(compoundId, meetingId, rollHash, subjectId) }),
  )
  return toSnapshotSubject(out.Item)
}

/**
 * The meeting (consistent, as `getMeetingRecord`) and one subject's entry on a frozen roll, in one BatchGetItem
 * instead of two GetItems: a voter's request that already knows the roll's hash needs both at once.
 */
export async function getMeetingAndSnapshotSubject(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollHash: string,
  subjectId: string,
): Promise<{ meeting: MeetingRecord | undefined; found: SnapshotSubject | undefined }> {
  const meetingKey = keys.meeting(compoundId, meetingId)
  const subjectKey = keys.rollSubject(compoundId, meetingId, rollHash, subjectId)
  const found = await batchGetByKey(db, [meetingKey, subjectKey], { consistent: true })
  return {
    meeting: toEntity<MeetingRecord>(found.get(keyId(meetingKey))),
    found: toSnapshotSubject(found.get(keyId(subjectKey))),
  }
}

export interface UnitHolder {
  subjectId: string
  kind: VotingSubject['kind']
}

/** unitId → the subject that holds it on the frozen roll, for the units asked about (at most 100). */
export async function getSnapshotUnitHolders(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollHash: string,
  unitIds: readonly string[],
): Promise<Map<string, UnitHolder>> {
  const holders = new Map<string, UnitHolder>()
  if (unitIds.length === 0) return holders
  const items = await batchGetAll(
    db,
    unitIds.slice(0, 100).map((u) => keys.rollUnit(compoundId, meetingId, rollHash, u)),
  )
  for (const item of items) {
    holders.set(String(item.unitId), {
      subjectId: String(item.subjectId),
      kind: item.kind === 'developer' ? 'developer' : 'owner',
    })
  }
  return holders
}

export async function readRollSnapshot(
  db: Db,
  compoundId: string,
  meetingId: string,
  rollHash: string,
): Promise<{ roll: VotingRoll; refs: Record<string, string> }> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.rollSnapshotPartition(compoundId, meetingId, rollHash) },
  })
  const meta = items.find((i) => i.type === 'roll_meta')
  const subjects = items.filter((i) => i.type === 'roll_subject')
  return {
    roll: {
      parkingAreaCounts: meta?.parkingAreaCounts === true,
      subjects: subjects.map((i) => i.subject as VotingSubject),
    },
    refs: Object.fromEntries(subjects.map((i) => [(i.subject as VotingSubject).subjectId, String(i.ref)])),
  }
}
