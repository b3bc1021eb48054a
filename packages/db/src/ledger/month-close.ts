import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntryDraft, LedgerMonth, MonthCloseResult } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { appendToChain, type Posted } from './chain-appender'

/** The result kept when the month was closed, if it was. */
export async function getMonthClose(
  db: Db,
  compoundId: string,
  month: LedgerMonth,
): Promise<MonthCloseResult | undefined> {
  const kept = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.monthClose(compoundId, month), ConsistentRead: true }),
  )
  return kept.Item ? (kept.Item.result as MonthCloseResult) : undefined
}

/** Posts a month's closing entries, each with its event; their ids follow from the month, so they post once. */
export async function postMonthClose(
  db: Db,
  compoundId: string,
  month: LedgerMonth,
  drafts: readonly JournalEntryDraft[],
  actor: { userId: string; at: string },
): Promise<Posted[]> {
  return appendToChain(
    db,
    compoundId,
    drafts.map((draft) => ({
      draft,
      actorId: actor.userId,
      with: (entry) => [
        eventPut(db, {
          compoundId,
          action: 'ledger.month_closed',
          actorId: actor.userId,
          at: actor.at,
          subject: month,
          data: { seq: entry.seq, kind: entry.kind },
        }),
      ],
    })),
  )
}

/** Keeps the result of a close; the first one kept stays. */
export async function keepMonthClose(
  db: Db,
  compoundId: string,
  month: LedgerMonth,
  result: MonthCloseResult,
  actor: { userId: string; at: string },
): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...keys.monthClose(compoundId, month),
          type: 'ledger_month_close',
          month,
          result,
          closedAt: actor.at,
          closedBy: actor.userId,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}
