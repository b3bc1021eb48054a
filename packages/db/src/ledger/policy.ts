import { randomBytes } from 'node:crypto'
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { BudgetLine, LedgerPolicy, LedgerPolicyView } from '@jiayuan/contracts'
import { defaultLedgerPolicy, unitLedgerRef } from '@jiayuan/domain'
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

export interface Budget {
  year: number
  lines: BudgetLine[]
  version: number
  approvedBy?: string
  approvedAt?: string
}

export async function getBudget(db: Db, compoundId: string, year: number): Promise<Budget | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.budget(compoundId, year) }))
  return toBudget(year, out.Item)
}

export function toBudget(year: number, item: Record<string, unknown> | undefined): Budget | undefined {
  if (!item) return undefined
  return {
    year,
    lines: item.lines as BudgetLine[],
    version: Number(item.version),
    ...(item.approvedBy ? { approvedBy: String(item.approvedBy) } : {}),
    ...(item.approvedAt ? { approvedAt: String(item.approvedAt) } : {}),
  }
}

/** The committee's annual budget (F7); a replacement keeps the old lines in its event. Undefined when someone was first. */
export async function putBudget(
  db: Db,
  compoundId: string,
  year: number,
  lines: BudgetLine[],
  actor: { userId: string; at: string; reason: string },
): Promise<Budget | undefined> {
  const before = await getBudget(db, compoundId, year)
  const version = (before?.version ?? 0) + 1
  const item = {
    ...keys.budget(compoundId, year),
    type: 'ledger_budget',
    year,
    lines,
    version,
    approvedBy: actor.userId,
    approvedAt: actor.at,
  }
  const event = eventPut(db, {
    compoundId,
    action: 'ledger.budget_set',
    actorId: actor.userId,
    at: actor.at,
    subject: String(year),
    reason: actor.reason,
    data: { before: before?.lines ?? null, after: lines },
  })
  if (!(await putIfRevision(db, { item, expected: before?.version }, [event]))) return undefined
  return { year, lines, version, approvedBy: actor.userId, approvedAt: actor.at }
}
