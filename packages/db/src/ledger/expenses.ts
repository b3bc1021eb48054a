import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntryDraft } from '@jiayuan/contracts'
import type { ExpenseRecord, StoredExpenseStatus } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut, type AuditEvent } from '../events'
import { toEntity } from '../items'
import { keys } from '../keys'
import { putIfRevision, putNew, revisionPut, type RevisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'
import { cancellationCodes, transactRetryingConflicts, type TransactItem } from '../transact'
import { PostingRejected } from './append-failures'
import { appendOne } from './chain-appender'

type ExpenseEvent = Omit<AuditEvent, 'eventId'>

const statusKeys = (e: Pick<ExpenseRecord, 'compoundId' | 'status' | 'createdAt' | 'expenseId'>) =>
  keys.expenseByStatus(e.compoundId, e.status, e.createdAt, e.expenseId)

export async function getExpense(db: Db, compoundId: string, expenseId: string): Promise<ExpenseRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.expense(compoundId, expenseId), ConsistentRead: true }),
  )
  return toEntity<ExpenseRecord>(out.Item)
}

/** Expenses newest first: of one stored status (GSI1), or all (GSI2). */
export async function listExpenses(
  db: Db,
  compoundId: string,
  status?: StoredExpenseStatus,
  limit = 200,
): Promise<ExpenseRecord[]> {
  const index = status
    ? { IndexName: 'GSI1', pk: 'GSI1PK', value: keys.expenseByStatus(compoundId, status, '', '').GSI1PK }
    : { IndexName: 'GSI2', pk: 'GSI2PK', value: keys.expenseByTime(compoundId, '', '').GSI2PK }
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: index.IndexName,
      KeyConditionExpression: `${index.pk} = :pk`,
      ExpressionAttributeValues: { ':pk': index.value },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<ExpenseRecord>(i) as ExpenseRecord)
}

function expenseRevision(before: ExpenseRecord | undefined, after: ExpenseRecord): RevisionPut {
  const item = {
    ...keys.expense(after.compoundId, after.expenseId),
    ...statusKeys(after),
    ...keys.expenseByTime(after.compoundId, after.createdAt, after.expenseId),
    type: 'ledger_expense',
    ...after,
  }
  return { item, expected: before?.version }
}

/** Stores a new expense with its event; its id comes from the request, so a retry returns the one stored first. */
export async function insertExpense(db: Db, record: ExpenseRecord, event: ExpenseEvent): Promise<ExpenseRecord> {
  if (await putIfRevision(db, expenseRevision(undefined, record), [eventPut(db, event)])) return record
  const existing = await getExpense(db, record.compoundId, record.expenseId)
  if (!existing) throw new Error('insertExpense: refused, yet no expense is stored under its id')
  return existing
}

/**
 * Stores a new expense together with writes that stand or fall with it (F13: setting its amount aside in its
 * project's fund), retrying only lost races on those items. `refused` when one of `also` refused; a retry of the
 * same request finds the expense stored first (`replayed`).
 */
export async function insertExpenseWith(
  db: Db,
  record: ExpenseRecord,
  event: ExpenseEvent,
  also: readonly TransactItem[],
): Promise<{ outcome: 'created' | 'replayed'; record: ExpenseRecord } | { outcome: 'refused' }> {
  try {
    await transactRetryingConflicts(db, [
      revisionPut(db, expenseRevision(undefined, record)),
      eventPut(db, event),
      ...also,
    ])
    return { outcome: 'created', record }
  } catch (err) {
    if (!cancellationCodes(err)) throw err
    const existing = await getExpense(db, record.compoundId, record.expenseId)
    if (existing) return { outcome: 'replayed', record: existing }
    return { outcome: 'refused' }
  }
}

/**
 * Moves an expense on from exactly the version read, together with its event and what goes with it (a motion
 * claimed or released); false when someone was first.
 */
export async function saveExpense(
  db: Db,
  before: ExpenseRecord,
  after: ExpenseRecord,
  event: ExpenseEvent,
  also: readonly TransactItem[] = [],
): Promise<boolean> {
  return putIfRevision(db, expenseRevision(before, after), [eventPut(db, event), ...also])
}

interface MotionRef {
  compoundId: string
  meetingId: string
  motionId: string
}

/** Claims a motion for an expense; the transaction fails if another expense holds it already. */
export function motionClaimPut(db: Db, m: MotionRef, expenseId: string): TransactItem {
  return putNew(db, {
    ...keys.motionUse(m.compoundId, m.meetingId, m.motionId),
    type: 'ledger_motion_use',
    meetingId: m.meetingId,
    motionId: m.motionId,
    expenseId,
  })
}

/** Frees a motion this expense held (the expense was rejected, or another motion replaced it). */
export function motionClaimDelete(db: Db, m: MotionRef, expenseId: string): TransactItem {
  return {
    Delete: {
      TableName: db.table,
      Key: keys.motionUse(m.compoundId, m.meetingId, m.motionId),
      ConditionExpression: 'expenseId = :e',
      ExpressionAttributeValues: { ':e': expenseId },
    },
  }
}

/** The expense a motion backs, if any. */
export async function motionUsedBy(db: Db, m: MotionRef): Promise<string | undefined> {
  const out = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.motionUse(m.compoundId, m.meetingId, m.motionId),
      ConsistentRead: true,
    }),
  )
  return (out.Item?.expenseId as string | undefined) ?? undefined
}

/** Every motion that backs an expense in the compound, keyed `meetingId#motionId`. */
export async function motionUses(db: Db, compoundId: string): Promise<Map<string, string>> {
  const { PK } = keys.motionUse(compoundId, '', '')
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': PK, ':p': keys.motionUsePrefix },
  })
  return new Map(items.map((i) => [`${String(i.meetingId)}#${String(i.motionId)}`, String(i.expenseId)]))
}

/** How posting an approved expense went: posted now, already on the chain, or lost to a change of the expense. */
export type ExpensePosting =
  { outcome: 'posted'; record: ExpenseRecord } | { outcome: 'already_posted' } | { outcome: 'lost' }

/**
 * Posts the entry of an approved expense and moves the expense on in the same transaction, conditioned on the
 * version read: two approvals at once, or one sent twice, post exactly once.
 */
export async function postExpense(
  db: Db,
  before: ExpenseRecord,
  draft: JournalEntryDraft,
  posted: (seq: number) => ExpenseRecord,
  event: (seq: number) => ExpenseEvent,
  actorId: string,
  guard?: (balances: Readonly<Record<string, number>>) => void,
  also: readonly TransactItem[] = [],
): Promise<ExpensePosting> {
  let record = before
  try {
    const result = await appendOne(db, before.compoundId, {
      draft,
      actorId,
      ...(guard ? { guard } : {}),
      with: (entry) => {
        record = posted(entry.seq)
        return [revisionPut(db, expenseRevision(before, record)), eventPut(db, event(entry.seq)), ...also]
      },
    })
    return result.created ? { outcome: 'posted', record } : { outcome: 'already_posted' }
  } catch (err) {
    if (err instanceof PostingRejected) return { outcome: 'lost' }
    throw err
  }
}
