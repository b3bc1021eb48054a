import type { JournalEntry, JournalEntryDraft } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { keys } from '../keys'
import { getBill } from './bills'
import { figureRefOf, quarterCountsAdd } from '../oversight/figures'
import { quarterOfPeriod } from '@jiayuan/domain'
import { PostingRejected } from './append-failures'
import { appendOne, type Posted } from './chain-appender'
import { reversalMarkItems } from './line-marks'

/**
 * Posts the reversal of an entry (F10: never an edit). The reversal's id follows from the entry's, so an entry
 * is reversed at most once; a reversed payment takes its amount off the bill in the same transaction, so the
 * collection rate counts it as unpaid again. `lost` when the bill no longer holds the amount.
 */
export async function postReversal(
  db: Db,
  compoundId: string,
  target: JournalEntry,
  draft: JournalEntryDraft,
  actor: { userId: string; at: string; reason: string },
): Promise<Posted | 'lost'> {
  const bill = target.kind === 'payment' && target.billId ? await getBill(db, compoundId, target.billId) : undefined
  const paid = target.legs.find((l) => l.account === 'asset:bank')?.amountFen ?? 0
  const ref = bill ? await figureRefOf(db, compoundId) : null
  try {
    const posted = await appendOne(db, compoundId, {
      draft,
      actorId: actor.userId,
      ...(bill ? { unitRef: bill.book.unitId } : {}),
      with: (entry) => [
        ...(bill
          ? [
              {
                Update: {
                  TableName: db.table,
                  Key: keys.bill(compoundId, bill.book.billId),
                  UpdateExpression: 'ADD paidFen :minus',
                  ConditionExpression: 'paidFen >= :paid',
                  ExpressionAttributeValues: { ':minus': -paid, ':paid': paid },
                },
              },
              // The street's collected fen (S5) loses the reversed payment with the bill.
              ...(ref ? quarterCountsAdd(db, ref, quarterOfPeriod(bill.book.period), { collectedFen: -paid }) : []),
            ]
          : []),
        // Both lines' labels (LG26): the entry says what reversed it, the reversal what it reverses.
        ...reversalMarkItems(db, compoundId, target, entry),
        eventPut(db, {
          compoundId,
          action: 'ledger.entry_reversed',
          actorId: actor.userId,
          at: actor.at,
          subject: String(target.seq),
          reason: actor.reason,
          data: { reversalSeq: entry.seq },
        }),
      ],
    })
    return posted
  } catch (err) {
    if (err instanceof PostingRejected) return 'lost'
    throw err
  }
}
