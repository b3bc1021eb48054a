import { PutCommand } from '@aws-sdk/lib-dynamodb'
import type { CsvRowError, Evidence, JournalEntry } from '@jiayuan/contracts'
import { Conflict, InvalidInput, NotFound, RuleViolation, assertNoPhoneNumber, billIdFor, evidenceRef, formatYuan, paymentEntryDraft, readPaymentCsv } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { keys } from '../keys'
import { readRoll } from '../roll'
import { getBill, type BillRecord } from './bills'
import { PostingRejected, appendOne, type Posting } from './chain-appender'
import { fileHash, postingId } from './ids'
import { readEntryById, seqsOfEntryIds } from './journal'
import { getLedgerSettings } from './policy'

export interface PaymentInput {
  unitId: string
  period: string
  amountFen: number
  valueDate?: string
  reference?: string
  evidence?: Evidence[]
}

interface Actor {
  userId: string
  at: string
}

/** A payment against a bill (F9): the entry, the bill's paid amount and the event, in one transaction. */
function paymentPosting(db: Db, bill: BillRecord, input: PaymentInput, entryId: string, actor: Actor, source: string): Posting {
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
      eventPut(db, { compoundId, action: 'ledger.payment_recorded', actorId: actor.userId, at: actor.at, subject: billId, data: { seq: entry.seq, amountFen: input.amountFen, source } }),
    ],
  }
}

const samePayment = (entry: JournalEntry, billId: string, amountFen: number) =>
  entry.kind === 'payment' && entry.billId === billId && entry.legs.some((l) => l.account === 'asset:bank' && l.amountFen === amountFen)

/** Records one payment by the property staff; a retry with the same key or reference returns the first. */
export async function recordPayment(db: Db, compoundId: string, input: PaymentInput & { idempotencyKey: string }, actor: Actor): Promise<{ entry: JournalEntry; bill: BillRecord }> {
  assertNoPhoneNumber(input.reference, 'body.reference')
  const settings = await getLedgerSettings(db, compoundId)
  const billId = billIdFor(compoundId, settings.unitRef(input.unitId), input.period)
  const bill = await getBill(db, compoundId, billId)
  if (!bill) throw new NotFound('该房屋这一账期的账单')
  const entryId = postingId('pay', compoundId, { ...input, actorId: actor.userId })
  const replay = async (): Promise<{ entry: JournalEntry; bill: BillRecord }> => {
    const existing = await readEntryById(db, compoundId, entryId)
    if (!existing || !samePayment(existing, billId, input.amountFen)) throw new Conflict('IdempotencyKeyReused', '这个参考号或请求号已用于另一笔缴费')
    return { entry: existing, bill: (await getBill(db, compoundId, billId)) ?? bill }
  }
  // A retry of a payment that went through finds it on the chain, whatever the bill says now.
  if (await readEntryById(db, compoundId, entryId)) return replay()
  const outstanding = bill.book.amountFen - bill.paidFen
  if (input.amountFen > outstanding) throw new RuleViolation('Overpayment', `缴费金额超过未缴金额 ${formatYuan(outstanding)} 元`, { field: 'body.amountFen' })
  try {
    const posted = await appendOne(db, compoundId, paymentPosting(db, bill, input, entryId, actor, 'manual'))
    if (!posted.created) return replay()
    return { entry: posted.entry, bill: (await getBill(db, compoundId, billId)) ?? bill }
  } catch (err) {
    if (err instanceof PostingRejected) throw new Conflict('BillChanged', '该账单刚刚收到另一笔缴费，请刷新后再登记')
    throw err
  }
}

export interface PaymentImport {
  fileHash: string
  rows: number
  imported: number
  unchanged: number
  importedFen: number
}

/**
 * Imports the bank's payment file (F9). Every row is checked against the books first (unit on the roll, bill
 * issued, amount within what is still owed, counting earlier rows of the same file); any bad row and nothing
 * is written. Each row's entry id follows from its bank reference, so importing the file again changes
 * nothing, and an import cut short is completed by importing the same file again.
 */
export async function importPayments(db: Db, compoundId: string, csv: string, actor: Actor): Promise<PaymentImport> {
  const read = readPaymentCsv(csv)
  const errors: CsvRowError[] = [...read.errors]
  const [roll, settings] = await Promise.all([readRoll(db, compoundId), getLedgerSettings(db, compoundId)])
  const units = new Set(roll.units.map((u) => u.unitId))
  const entryIds = read.rows.map((r) => postingId('pay', compoundId, { reference: r.reference, actorId: actor.userId, idempotencyKey: '' }))
  const done = await seqsOfEntryIds(db, compoundId, entryIds)
  const bills = new Map<string, BillRecord | undefined>()
  const owed = new Map<string, number>()
  const todo: Array<{ row: (typeof read.rows)[number]; bill: BillRecord; entryId: string }> = []
  for (const [i, row] of read.rows.entries()) {
    const entryId = entryIds[i] ?? ''
    if (!units.has(row.unitId)) {
      errors.push({ row: row.row, column: 'unit_id', message: `小区里没有房屋 ${row.unitId}` })
      continue
    }
    const billId = billIdFor(compoundId, settings.unitRef(row.unitId), row.period)
    if (!bills.has(billId)) bills.set(billId, await getBill(db, compoundId, billId))
    const bill = bills.get(billId)
    if (!bill) {
      errors.push({ row: row.row, column: 'period', message: `房屋 ${row.unitId} 没有 ${row.period} 的账单` })
      continue
    }
    if (done.has(entryId)) continue
    const left = owed.get(billId) ?? bill.book.amountFen - bill.paidFen
    if (row.amountFen > left) {
      errors.push({ row: row.row, column: 'amount', message: `超过该账单未缴金额 ${formatYuan(Math.max(left, 0))} 元` })
      continue
    }
    owed.set(billId, left - row.amountFen)
    todo.push({ row, bill, entryId })
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.row - b.row)
    const first = errors[0]
    throw new InvalidInput(`缴费文件有 ${errors.length} 处错误，未导入任何数据（第 ${first?.row} 行：${first?.message}）`, errors)
  }
  const hash = fileHash(csv)
  const results = await Promise.allSettled(
    todo.map(({ row, bill, entryId }) =>
      appendOne(db, compoundId, paymentPosting(db, bill, { unitId: row.unitId, period: row.period, amountFen: row.amountFen, valueDate: row.paidOn, reference: row.reference }, entryId, actor, `import:${hash.slice(0, 12)}`)),
    ),
  )
  const failed = results.filter((r) => r.status === 'rejected').length
  const created = results.filter((r) => r.status === 'fulfilled' && r.value.created)
  const importedFen = todo.reduce((sum, t, i) => sum + (results[i]?.status === 'fulfilled' ? t.row.amountFen : 0), 0)
  if (created.length > 0) {
    const event = eventPut(db, { compoundId, action: 'ledger.payments_imported', actorId: actor.userId, at: actor.at, subject: hash, data: { rows: read.rows.length, imported: created.length } })
    await db.doc.send(new PutCommand(event.Put))
  }
  if (failed > 0) {
    throw new Conflict('ImportIncomplete', `有 ${failed} 行因账单刚被改动未能导入；再导入同一文件即可补齐（已导入的行不会重复）`)
  }
  return { fileHash: hash, rows: read.rows.length, imported: created.length, unchanged: read.rows.length - created.length, importedFen }
}
