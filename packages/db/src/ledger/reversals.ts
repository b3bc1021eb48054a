import type { JournalEntry } from '@jiayuan/contracts'
import { Conflict, NotFound, RuleViolation, assertNoPhoneNumber, reverse } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { keys } from '../keys'
import { getBill } from './bills'
import { PostingRejected, appendOne } from './chain-appender'
import { getEntry } from './journal'

/** Kinds a person may reverse through the API; bills, closes and transfers are corrected by the rules that made them. */
export const REVERSIBLE_KINDS = ['payment', 'public_income', 'expense', 'remuneration'] as const

/**
 * Corrects an entry by posting its reversal (F10: never an edit). The reversal's id follows from the entry's,
 * so an entry is reversed at most once; a reversed payment takes its amount off the bill in the same
 * transaction, so the collection rate counts it as unpaid again.
 */
export async function reverseEntry(db: Db, compoundId: string, seq: number, actor: { userId: string; at: string; reason: string }): Promise<{ entry: JournalEntry; created: boolean }> {
  assertNoPhoneNumber(actor.reason, 'body.reason')
  const target = await getEntry(db, compoundId, seq)
  if (!target) throw new NotFound('分录')
  if (!(REVERSIBLE_KINDS as readonly string[]).includes(target.kind)) {
    throw new RuleViolation('NotReversible', `${target.kind} 类分录不能直接冲销`)
  }
  const draft = reverse(target, { postedAt: actor.at, memo: `冲销第 ${target.seq} 笔：${target.memo}（${actor.reason}）`.slice(0, 200) })
  const bill = target.kind === 'payment' && target.billId ? await getBill(db, compoundId, target.billId) : undefined
  const paid = target.legs.find((l) => l.account === 'asset:bank')?.amountFen ?? 0
  try {
    const posted = await appendOne(db, compoundId, {
      draft,
      actorId: actor.userId,
      ...(bill ? { unitRef: bill.book.unitId } : {}),
      with: (entry) => [
        ...(bill
          ? [{ Update: { TableName: db.table, Key: keys.bill(compoundId, bill.book.billId), UpdateExpression: 'ADD paidFen :minus', ConditionExpression: 'paidFen >= :paid', ExpressionAttributeValues: { ':minus': -paid, ':paid': paid } } }]
          : []),
        eventPut(db, { compoundId, action: 'ledger.entry_reversed', actorId: actor.userId, at: actor.at, subject: String(target.seq), reason: actor.reason, data: { reversalSeq: entry.seq } }),
      ],
    })
    return posted
  } catch (err) {
    if (err instanceof PostingRejected) throw new Conflict('BillChanged', '账单状态已变化，请刷新后重试')
    throw err
  }
}
