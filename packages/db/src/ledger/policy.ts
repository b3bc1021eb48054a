import { randomBytes } from 'node:crypto'
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { BudgetLine, LedgerPolicy, LedgerPolicyView } from '@jiayuan/contracts'
import { defaultLedgerPolicy, unitLedgerRef, type StoredBudget } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { putIfRevision } from '../put-if-revision'
import { keys } from '../keys'

/** The ledger's settings item, with the secret behind the units' ledger references (never leaves packages/db). */
export interface LedgerSettings extends LedgerPolicyView {
  unitRef: (unitId: string) => string
}

/**
 * Reads the ledger settings of a compound, creating them with the defaults on first use. The reference key
 * is made once, by a conditional put, and never changes: changing it would rename every receivable.
 */
export async function getLedgerSettings(db: Db, compoundId: string): Promise<LedgerSettings> {
  let out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.ledgerPolicy(compoundId), ConsistentRead: true }),
  )
  if (!out.Item) {
    const item = {
      ...keys.ledgerPolicy(compoundId),
      type: 'ledger_policy',
      policy: defaultLedgerPolicy(),
      version: 0,
      unitRefKey: randomBytes(32).toString('hex'),
    }
    try {
      await db.doc.send(
        new PutCommand({ TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }),
      )
    } catch (err) {
      if (!isConditionFailure(err)) throw err
    }
    out = await db.doc.send(
      new GetCommand({ TableName: db.table, Key: keys.ledgerPolicy(compoundId), ConsistentRead: true }),
    )
  }
  return toLedgerSettings(compoundId, out.Item ?? {})
}

export function toLedgerSettings(compoundId: string, item: Record<string, unknown>): LedgerSettings {
  const key = String(item.unitRefKey)
  return {
    policy: { ...defaultLedgerPolicy(), ...(item.policy as Partial<LedgerPolicy>) },
    version: Number(item.version ?? 0),
    ...(item.updatedAt ? { updatedAt: String(item.updatedAt) } : {}),
    ...(item.updatedBy ? { updatedBy: String(item.updatedBy) } : {}),
    unitRef: (unitId) => unitLedgerRef(key, compoundId, unitId),
  }
}

export function policyView(settings: LedgerSettings): LedgerPolicyView {
  const { unitRef: _secret, ...view } = settings
  return view
}

/** Replaces the policy if nobody changed it since `expectedVersion`; the change is an event with the reason. Undefined when someone was first. */
export async function putLedgerPolicy(
  db: Db,
  compoundId: string,
  policy: LedgerPolicy,
  expectedVersion: number,
  actor: { userId: string; at: string; reason: string },
): Promise<LedgerPolicyView | undefined> {
  const before = await getLedgerSettings(db, compoundId)
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.ledgerPolicy(compoundId),
              UpdateExpression: 'SET #policy = :p, #version = :next, updatedAt = :at, updatedBy = :by',
              ConditionExpression: '#version = :v',
              ExpressionAttributeNames: { '#policy': 'policy', '#version': 'version' },
              ExpressionAttributeValues: {
                ':p': policy,
                ':next': expectedVersion + 1,
                ':at': actor.at,
                ':by': actor.userId,
                ':v': expectedVersion,
              },
            },
          },
          eventPut(db, {
            compoundId,
            action: 'ledger.policy_changed',
            actorId: actor.userId,
            at: actor.at,
            subject: 'policy',
            reason: actor.reason,
            data: { before: before.policy, after: policy },
          }),
        ],
      }),
    )
  } catch (err) {
    if (isConditionFailure(err)) return undefined
    throw err
  }
  return { policy, version: expectedVersion + 1, updatedAt: actor.at, updatedBy: actor.userId }
}

export type Budget = StoredBudget

export async function getBudget(db: Db, compoundId: string, year: number): Promise<Budget | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.budget(compoundId, year), ConsistentRead: true }),
  )
  return toBudget(year, out.Item)
}

export function toBudget(year: number, item: Record<string, unknown> | undefined): Budget | undefined {
  if (!item) return undefined
  const proposal = item.proposal as StoredBudget['proposal'] | undefined
  return {
    year,
    lines: (item.lines as BudgetLine[] | undefined) ?? [],
    version: Number(item.version),
    ...(item.approvedBy ? { approvedBy: String(item.approvedBy) } : {}),
    ...(item.approvedByName ? { approvedByName: String(item.approvedByName) } : {}),
    ...(item.approvedAt ? { approvedAt: String(item.approvedAt) } : {}),
    ...(proposal ? { proposal } : {}),
  }
}

/**
 * Writes the year's budget as the domain planned it (`planBudgetProposal`, `planBudgetApproval`) on the version
 * that was read, with its event (`ledger.budget_proposed` / `ledger.budget_approved`, the lines before and
 * after). False when someone changed it first.
 */
export async function saveBudget(
  db: Db,
  compoundId: string,
  next: Budget,
  expected: number | undefined,
  event: { action: 'ledger.budget_proposed' | 'ledger.budget_approved'; userId: string; at: string; reason: string },
): Promise<boolean> {
  const item = { ...keys.budget(compoundId, next.year), type: 'ledger_budget', ...next }
  const put = eventPut(db, {
    compoundId,
    action: event.action,
    actorId: event.userId,
    at: event.at,
    subject: String(next.year),
    reason: event.reason,
    data: { version: next.version, lines: next.proposal?.lines ?? next.lines },
  })
  return putIfRevision(db, { item, expected }, [put])
}
