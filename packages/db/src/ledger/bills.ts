import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Bill, BillingPeriod, BillView } from '@jiayuan/contracts'
import { BILL_ROUNDING, quarterOfPeriod, type IssuedBill } from '@jiayuan/domain'
import type { Db } from '../client'
import { putNew } from '../put-if-revision'
import { eventPut } from '../events'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { appendToChain, type Posting } from './chain-appender'
import { addQuarterCounts, figureRefOf } from '../oversight/figures'

/** A bill as stored: the book form (`unitId` is the unit's ledger reference) plus the roll facts and `paidFen`. */
export interface BillRecord {
  book: Bill
  unitId: string
  unitLabel: string
  paidFen: number
  issuedAt: string
}

function billItem(record: BillRecord, seq: number | undefined) {
  const { book } = record
  return {
    ...keys.bill(book.compoundId, book.billId),
    ...keys.billByUnit(book.compoundId, record.unitId, book.period),
    ...keys.billByPeriod(book.compoundId, book.period, record.unitId),
    type: 'ledger_bill',
    ...book,
    unitRef: book.unitId,
    unitId: record.unitId,
    unitLabel: record.unitLabel,
    paidFen: record.paidFen,
    issuedAt: record.issuedAt,
    ...(seq === undefined ? {} : { seq }),
  }
}

export function toBillRecord(item: Record<string, unknown>): BillRecord {
  const book: Bill = {
    billId: String(item.billId),
    compoundId: String(item.compoundId),
    unitId: String(item.unitRef),
    period: String(item.period),
    months: Number(item.months),
    areaCentiSqm: Number(item.areaCentiSqm),
    ratePerSqmFen: Number(item.ratePerSqmFen),
    amountFen: Number(item.amountFen),
  }
  return {
    book,
    unitId: String(item.unitId),
    unitLabel: String(item.unitLabel),
    paidFen: Number(item.paidFen ?? 0),
    issuedAt: String(item.issuedAt),
  }
}

export function billView(record: BillRecord): BillView {
  const { book, paidFen } = record
  const outstandingFen = Math.max(book.amountFen - paidFen, 0)
  return {
    billId: book.billId,
    unitId: record.unitId,
    unitLabel: record.unitLabel,
    period: book.period,
    months: book.months,
    areaCentiSqm: book.areaCentiSqm,
    ratePerSqmFen: book.ratePerSqmFen,
    amountFen: book.amountFen,
    paidFen,
    outstandingFen,
    status: paidFen === 0 && book.amountFen > 0 ? 'unpaid' : outstandingFen > 0 ? 'partly_paid' : 'paid',
    rounding: BILL_ROUNDING,
    issuedAt: record.issuedAt,
  }
}

export async function getBill(db: Db, compoundId: string, billId: string): Promise<BillRecord | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.bill(compoundId, billId), ConsistentRead: true }),
  )
  return out.Item ? toBillRecord(out.Item) : undefined
}

export async function billsOfPeriod(db: Db, compoundId: string, period: BillingPeriod): Promise<BillRecord[]> {
  const { GSI2PK } = keys.billByPeriod(compoundId, period, '')
  const items = await queryAll(db, {
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI2PK },
  })
  return items.map(toBillRecord)
}

export async function billsOfUnit(db: Db, compoundId: string, unitId: string): Promise<BillRecord[]> {
  const { GSI1PK } = keys.billByUnit(compoundId, unitId, '')
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI1PK },
    ScanIndexForward: false,
  })
  return items.map(toBillRecord)
}

export interface GenerateResult {
  period: BillingPeriod
  created: number
  existing: number
  skipped: number
  billedFen: number
}

/**
 * Issues the planned bills (domain `planBillRun`): a bill and its journal entry are one transaction and the
 * bill id follows from (unit, period), so issuing twice, or twice at once, changes nothing the second time.
 */
export async function issueBills(
  db: Db,
  compoundId: string,
  period: BillingPeriod,
  run: { bills: readonly IssuedBill[]; existing: number; skipped: number },
  actor: { userId: string; at: string },
): Promise<GenerateResult> {
  const result: GenerateResult = { period, created: 0, existing: run.existing, skipped: run.skipped, billedFen: 0 }
  const postings: Posting[] = run.bills.map(({ draft, ...bill }) => {
    const record: BillRecord = { ...bill, paidFen: 0, issuedAt: actor.at }
    return {
      draft,
      actorId: actor.userId,
      unitRef: bill.book.unitId,
      with: (entry) => [putNew(db, billItem(record, entry.seq))],
    }
  })
  const posted = await appendToChain(db, compoundId, postings)
  for (const p of posted) {
    if (p.created) {
      result.created++
      result.billedFen += p.entry.legs[0]?.amountFen ?? 0
    } else result.existing++
  }
  if (result.created > 0) {
    const event = eventPut(db, {
      compoundId,
      action: 'ledger.bills_generated',
      actorId: actor.userId,
      at: actor.at,
      subject: period,
      data: { created: result.created, billedFen: result.billedFen },
    })
    await db.doc.send(new PutCommand(event.Put))
    // The street's billed fen (S5), right after the chain took the bills rather than in its transactions: one
    // chain batch carries many bills of the period, and a transaction may touch the quarter's counter only once.
    // Bills already issued are not counted again (only `created` ones), so a retried run adds nothing twice.
    const ref = await figureRefOf(db, compoundId)
    if (ref) await addQuarterCounts(db, ref, quarterOfPeriod(period), { billedFen: result.billedFen })
  }
  return result
}
