import {
  fileHash,
  getBill,
  getLedgerSettings,
  postPayment,
  postPaymentRows,
  postingId,
  readEntryById,
  readRoll,
  seqsOfEntryIds,
  type Actor,
  type BillRecord,
  type Db,
  type PaymentImport,
  type PaymentInput,
} from '@jiayuan/db'
import type { JournalEntry } from '@jiayuan/contracts'
import {
  assertNoPhoneNumber,
  assertPayable,
  assertSamePayment,
  billChanged,
  billIdFor,
  importIncomplete,
  mustHaveBill,
  planPaymentImport,
  readPaymentCsv,
} from '@jiayuan/domain'

const owed = (bill: BillRecord) => ({ amountFen: bill.book.amountFen, paidFen: bill.paidFen })

/** Records one payment by the property staff (F9); a retry with the same key or reference returns the first. */
export async function recordPayment(
  db: Db,
  compoundId: string,
  input: PaymentInput & { idempotencyKey: string },
  actor: Actor,
): Promise<{ entry: JournalEntry; bill: BillRecord }> {
  assertNoPhoneNumber(input.reference, 'body.reference')
  const settings = await getLedgerSettings(db, compoundId)
  const billId = billIdFor(compoundId, settings.unitRef(input.unitId), input.period)
  const bill = mustHaveBill(await getBill(db, compoundId, billId))
  const entryId = postingId('pay', compoundId, { ...input, actorId: actor.userId })
  const replay = async (): Promise<{ entry: JournalEntry; bill: BillRecord }> => {
    const entry = assertSamePayment(await readEntryById(db, compoundId, entryId), billId, input.amountFen)
    return { entry, bill: (await getBill(db, compoundId, billId)) ?? bill }
  }
  // A retry of a payment that went through finds it on the chain, whatever the bill says now.
  if (await readEntryById(db, compoundId, entryId)) return replay()
  assertPayable(owed(bill), input.amountFen)
  const posting = await postPayment(db, bill, input, entryId, actor)
  if (posting.outcome === 'lost') throw billChanged()
  if (posting.outcome === 'already_posted') return replay()
  return { entry: posting.entry, bill: (await getBill(db, compoundId, billId)) ?? bill }
}

/**
 * Imports the bank's payment file (F9). Every row is checked against the books first (domain
 * `planPaymentImport`); any bad row and nothing is written. Each row's entry id follows from its bank
 * reference, so importing the file again changes nothing, and an import cut short is completed by importing
 * the same file again.
 */
export async function importPayments(db: Db, compoundId: string, csv: string, actor: Actor): Promise<PaymentImport> {
  const read = readPaymentCsv(csv)
  const [roll, settings] = await Promise.all([readRoll(db, compoundId), getLedgerSettings(db, compoundId)])
  const units = new Set(roll.units.map((u) => u.unitId))
  const entryIds = read.rows.map((r) =>
    postingId('pay', compoundId, { reference: r.reference, actorId: actor.userId, idempotencyKey: '' }),
  )
  const done = await seqsOfEntryIds(db, compoundId, entryIds)
  const billIdOf = (row: { unitId: string; period: string }) =>
    billIdFor(compoundId, settings.unitRef(row.unitId), row.period)
  const bills = new Map<string, BillRecord | undefined>()
  for (const row of read.rows) {
    const billId = billIdOf(row)
    if (units.has(row.unitId) && !bills.has(billId)) bills.set(billId, await getBill(db, compoundId, billId))
  }
  const todo = planPaymentImport(read.rows, read.errors, {
    units,
    billOf: (row) => {
      const billId = billIdOf(row)
      const bill = bills.get(billId)
      return { billId, bill: bill && { ...owed(bill), record: bill } }
    },
    done: (index) => done.has(entryIds[index] ?? ''),
  })
  const rows = todo.map(({ row, bill, index }) => ({
    bill: bill.record,
    entryId: entryIds[index] ?? '',
    input: {
      unitId: row.unitId,
      period: row.period,
      amountFen: row.amountFen,
      valueDate: row.paidOn,
      reference: row.reference,
    },
  }))
  const { failed, ...result } = await postPaymentRows(
    db,
    compoundId,
    rows,
    { hash: fileHash(csv), rows: read.rows.length },
    actor,
  )
  if (failed > 0) throw importIncomplete(failed)
  return result
}
