import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { LedgerMonth, MonthCloseResult } from '@jiayuan/contracts'
import { RuleViolation, shanghaiMonth, parseAccountCode, planMonthClose } from '@jiayuan/domain'
import type { Db } from '../client'
import { getCompound } from '../compounds'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { readRoll } from '../roll'
import { appendToChain } from './chain-appender'
import { entriesOfMonth, readChainHead } from './journal'
import { getLedgerSettings } from './policy'

/** What the maintenance fund holds now: its accounts are credits, so the holding is minus their sum. */
export function fundHolding(balances: Record<string, number>): number {
  let sum = 0
  for (const [account, amount] of Object.entries(balances)) if (parseAccountCode(account)?.kind === 'fund' && account.startsWith('fund:')) sum += amount
  return -sum
}

/**
 * Closes a month that is over (Beijing time): posts the remuneration, closes public income into its ledger
 * and tops up the fund (domain `planMonthClose`). Entry ids follow from the month and the result is kept, so
 * the scheduled job and a person pressing the button, even at once, close a month exactly once.
 */
export async function closeMonth(db: Db, compoundId: string, month: LedgerMonth, actor: { userId: string; at: string }): Promise<MonthCloseResult> {
  if (month >= shanghaiMonth(new Date(actor.at))) throw new RuleViolation('MonthNotOver', `${month} 尚未结束，不能月结`, { field: 'month' })
  const kept = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.monthClose(compoundId, month), ConsistentRead: true }))
  if (kept.Item) return { ...(kept.Item.result as MonthCloseResult), alreadyClosed: true }

  const [compound, settings, roll, entries, head] = await Promise.all([
    getCompound(db, compoundId),
    getLedgerSettings(db, compoundId),
    readRoll(db, compoundId),
    entriesOfMonth(db, compoundId, month),
    readChainHead(db, compoundId),
  ])
  const area = new Map<string, number>()
  for (const u of roll.units) area.set(u.buildingId, (area.get(u.buildingId) ?? 0) + u.area)
  const plan = planMonthClose({
    compoundId,
    month,
    entries,
    feeModel: compound.settings.feeModel,
    propertyCompany: settings.policy.propertyCompany,
    topUpBasisPoints: compound.settings.cityProfile.publicIncomeToFundBasisPoints,
    fundHoldsFen: fundHolding(head.balances),
    fundTopUpWhenBelowFen: settings.policy.fundTopUpWhenBelowFen,
    buildings: roll.buildings.map((b) => ({ buildingId: b.buildingId, areaCentiSqm: area.get(b.buildingId) ?? 0 })),
  })
  const posted = await appendToChain(
    db,
    compoundId,
    plan.drafts.map((draft) => ({
      draft,
      actorId: actor.userId,
      with: (entry) => [eventPut(db, { compoundId, action: 'ledger.month_closed', actorId: actor.userId, at: actor.at, subject: month, data: { seq: entry.seq, kind: entry.kind } })],
    })),
  )
  const result: MonthCloseResult = {
    month,
    alreadyClosed: posted.length > 0 && posted.every((p) => !p.created),
    feesCollectedFen: plan.feesCollectedFen,
    remunerationFen: plan.remunerationFen,
    publicIncomeFen: plan.publicIncomeFen,
    topUpFen: plan.topUpFen,
    seqs: posted.map((p) => p.entry.seq),
  }
  try {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...keys.monthClose(compoundId, month), type: 'ledger_month_close', month, result, closedAt: actor.at, closedBy: actor.userId }, ConditionExpression: 'attribute_not_exists(PK)' }))
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
  return result
}
