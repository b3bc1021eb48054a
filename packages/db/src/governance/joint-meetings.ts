import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { JointMeetingView, Proposal } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { putNew, revisionPut, putWhile } from '../put-if-revision'
import { queryAll } from '../query-all'
import type { TransactItem } from '../transact'

/** A joint meeting as stored: the view without what depends on who reads it. */
export type StoredJointMeeting = Omit<JointMeetingView, 'myParties'> & { convenorId: string; createdAt: string }

function meetingItem(m: StoredJointMeeting): Record<string, unknown> {
  return {
    ...keys.jointMeeting(m.compoundId, m.meetingId),
    ...keys.jointMeetingByTime(m.compoundId, m.startsAt, m.meetingId),
    type: 'joint_meeting',
    ...m,
  }
}

async function send(db: Db, items: TransactItem[]): Promise<boolean> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }))
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** Creates the meeting once (its id comes from the convenor's idempotency key): false when it exists. */
export async function createJointMeeting(db: Db, m: StoredJointMeeting): Promise<boolean> {
  return send(db, [
    putNew(db, meetingItem(m)),
    eventPut(db, {
      compoundId: m.compoundId,
      action: 'joint_meeting.scheduled',
      actorId: m.convenorId,
      at: m.createdAt,
      subject: m.meetingId,
    }),
  ])
}

export async function getJointMeeting(
  db: Db,
  compoundId: string,
  meetingId: string,
): Promise<StoredJointMeeting | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.jointMeeting(compoundId, meetingId), ConsistentRead: true }),
  )
  return toEntity<StoredJointMeeting>(out.Item)
}

/**
 * Writes a change on the revision read and only while the minutes are not locked (GV3), with its event and
 * whatever else goes with it (the decisions when the minutes lock). False: changed or locked in between.
 */
export async function saveJointMeeting(
  db: Db,
  m: StoredJointMeeting,
  expectedRevision: number,
  event: { action: string; actorId: string; at: string; reason?: string },
  also: readonly TransactItem[] = [],
): Promise<boolean> {
  return send(db, [
    revisionPut(db, {
      item: meetingItem(m),
      expected: expectedRevision,
      attribute: 'revision',
      unchanged: { status: 'scheduled' },
    }),
    eventPut(db, { compoundId: m.compoundId, subject: m.meetingId, ...event }),
    ...also,
  ])
}

/** An addendum to locked minutes: the meeting lands only while still locked and on the revision read. */
export async function addJointMeetingAddendum(
  db: Db,
  m: StoredJointMeeting,
  expectedRevision: number,
  actorId: string,
): Promise<boolean> {
  return send(db, [
    revisionPut(db, {
      item: meetingItem(m),
      expected: expectedRevision,
      attribute: 'revision',
      unchanged: { status: 'locked' },
    }),
    eventPut(db, {
      compoundId: m.compoundId,
      subject: m.meetingId,
      action: 'joint_meeting.addendum',
      actorId,
      at: m.addenda.at(-1)?.at ?? '',
    }),
  ])
}

/** Meetings of a compound, newest first (GV2). */
export async function listJointMeetings(db: Db, compoundId: string): Promise<StoredJointMeeting[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.jointMeetingsIndex(compoundId) },
      ScanIndexForward: false,
      Limit: 50,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<StoredJointMeeting>(i) as StoredJointMeeting)
}

export type StoredProposal = Proposal & { userId: string }

/** A resident's proposed item, once per idempotency key (its id): false when it exists. */
export async function putProposal(db: Db, compoundId: string, meetingId: string, p: StoredProposal): Promise<boolean> {
  return send(db, [
    putNew(db, { ...keys.proposal(compoundId, meetingId, p.proposalId), type: 'joint_proposal', ...p }),
    eventPut(db, { compoundId, action: 'joint_meeting.proposed', actorId: p.userId, at: p.at, subject: meetingId }),
  ])
}

export async function listProposals(db: Db, compoundId: string, meetingId: string): Promise<StoredProposal[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.jointMeetingPartition(compoundId, meetingId), ':p': keys.proposalPrefix },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<StoredProposal>(i) as StoredProposal)
}

/** The convenor's answer to a proposal, written only while it is still pending, with the agenda when accepted. */
export function proposalDecidedPut(db: Db, compoundId: string, meetingId: string, p: StoredProposal): TransactItem {
  return putWhile(
    db,
    { ...keys.proposal(compoundId, meetingId, p.proposalId), type: 'joint_proposal', ...p },
    { status: 'pending' },
  )
}
