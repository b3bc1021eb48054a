import { PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Evidence, JournalEntry } from '@jiayuan/contracts'
import { evidenceRef, paymentEntryDraft } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { keys } from '../keys'
import type { BillRecord } from './bills'
import { figureRefOf, quarterCountsAdd, type FigureRef } from '../oversight/figures'
import { quarterOfPeriod } from '@jiayuan/domain'
import { PostingRejected } from './append-failures'
import { appendOne, type Posting } from './chain-appender'

export interface PaymentInput {
  unitId: string
  period: string
  amountFen: number
  valueDate?: string
  reference?: string
  evidence?: Evidence[]
}

export interface Actor {
  userId: string
  at: string
}

/** A payment against a bill (F9): the entry, the bill's paid amount and the event, in one transaction. */
function paymentPosting(
  db: Db,
  bill: BillRecord,
  input: PaymentInput,
  entryId: string,
  actor: Actor,
  source: string,
  ref: FigureRef | null,
): Posting {
  const draft = paymentEntryDraft(bill.book, {
    entryId,
    postedAt: actor.at,
    amountFen: input.amountFen,
    ...(input.evidence?.length ? { attachments: input.evidence.map(evidenceRef) } : {}),
  })
  if (input.reference) draft.reference = input.reference
  if (input.valueDate) draft.valueDate = input.valueDate
  const { compoundId, billId } = bill.book
  return {
    draft,
    actorId: actor.userId,
    unitRef: bill.book.unitId,
    with: (entry) => [
      {
        Update: {
          TableName: db.table,
          Key: keys.bill(compoundId, billId),
          UpdateExpression: 'ADD paidFen :amount',
          // Two payments at once cannot both fit under the bill: the second is refused, not summed past it.
          ConditionExpression: 'attribute_exists(PK) AND paidFen <= :most',
          ExpressionAttributeValues: { ':amount': input.amountFen, ':most': bill.book.amountFen - input.amountFen },
        },
      },
      eventPut(db, {
        compoundId,
        action: 'ledger.payment_recorded',
        actorId: actor.userId,
        at: actor.at,
        subject: billId,
        data: { seq: entry.seq, amountFen: input.amountFen, source },
      }),
      // The street's collected fen (S5), in the quarter of the bill's period, with the payment itself.
      ...(ref ? quarterCountsAdd(db, ref, quarterOfPeriod(bill.book.period), { collectedFen: input.amountFen }) : []),
    ],
  }
}

/** How posting a payment went: posted now, already on the chain under its id, or lost to a change of the bill. */
export type PaymentPosting =
  { outcome: 'posted'; entry: JournalEntry } | { outcome: 'already_posted' } | { outcome: 'lost' }

/** Posts one payment with the bill's paid amount and its event, conditioned on the bill still owing it. */
export async function postPayment(
  db: Db,
  bill: BillRecord,
  input: PaymentInput,
  entryId: string,
  actor: Actor,
): Promise<PaymentPosting> {
  const ref = await figureRefOf(db, bill.book.compoundId)
  try {
    const posted = await appendOne(
      db,
      bill.book.compoundId,
      paymentPosting(db, bill, input, entryId, actor, 'manual', ref),
    )
    return posted.created ? { outcome: 'posted', entry: posted.entry } : { outcome: 'already_posted' }
  } catch (err) {
    if (err instanceof PostingRejected) return { outcome: 'lost' }
    throw err
  }
}

/**
 * Posts the payments of one WeChat Pay transaction, one entry per bill (F12), each conditioned on its bill
 * still owing the amount. Each entry id follows from the transaction id and the bill, so a repeated or
 * concurrent notification finds the entries already on the chain. `lost` bills were paid meanwhile by other
 * means: their money is a surplus to refund, never summed past the bill.
 */
export async function postOrderPayments(
  db: Db,
  compoundId: string,
  todo: ReadonlyArray<{ bill: BillRecord; entryId: string; input: PaymentInput }>,
  actor: Actor,
): Promise<Array<{ billId: string; posted: JournalEntry } | { billId: string; lost: true }>> {
  const ref = await figureRefOf(db, compoundId)
  const results = await Promise.allSettled(
    todo.map(({ bill, entryId, input }) =>
      appendOne(db, compoundId, paymentPosting(db, bill, input, entryId, actor, 'wechat_pay', ref)),
    ),
  )
  return results.map((r, i) => {
    const billId = todo[i]?.bill.book.billId ?? ''
    if (r.status === 'fulfilled') return { billId, posted: r.value.entry }
    if (r.reason instanceof PostingRejected) return { billId, lost: true as const }
    throw r.reason
  })
}

export interface PaymentImport {
  fileHash: string
  rows: number
  imported: number
  unchanged: number
  importedFen: number
}

/**
 * Posts the checked rows of a bank payment file, each as its own posting; each row's entry id follows from its
 * bank reference, so posting the same rows again changes nothing. `failed` counts rows that could not be posted.
 */
export async function postPaymentRows(
  db: Db,
  compoundId: string,
  todo: ReadonlyArray<{ bill: BillRecord; entryId: string; input: PaymentInput }>,
  file: { hash: string; rows: number },
  actor: Actor,
): Promise<PaymentImport & { failed: number }> {
  const ref = await figureRefOf(db, compoundId)
  const results = await Promise.allSettled(
    todo.map(({ bill, entryId, input }) =>
      appendOne(
        db,
        compoundId,
        paymentPosting(db, bill, input, entryId, actor, `import:${file.hash.slice(0, 12)}`, ref),
      ),
    ),
  )
  const failed = results.filter((r) => r.status === 'rejected').length
  const created = results.filter((r) => r.status === 'fulfilled' && r.value.created)
  const importedFen = todo.reduce((sum, t, i) => sum + (results[i]?.status === 'fulfilled' ? t.input.amountFen : 0), 0)
  if (created.length > 0) {
    const event = eventPut(db, {
      compoundId,
      action: 'ledger.payments_imported',
      actorId: actor.userId,
      at: actor.at,
      subject: file.hash,
      data: { rows: file.rows, imported: created.length },
    })
    await db.doc.send(new PutCommand(event.Put))
  }
  return {
    failed,
    fileHash: file.hash,
    rows: file.rows,
    imported: created.length,
    unchanged: file.rows - created.length,
    importedFen,
  }
}
