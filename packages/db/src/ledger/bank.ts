import { PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { LedgerMonth } from '@jiayuan/contracts'
import {
  bankSideOf,
  shanghaiMonth,
  matchStatement,
  monthRange,
  shiftMonth,
  type BankSide,
  type Match,
  type StatementRow,
} from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { entriesOfMonths } from './journal'
import { bankMarkItem } from './line-marks'

export interface StatementLine {
  lineId: string
  date: string
  amountFen: number
  reference?: string
  counterparty: string
  memo: string
  matchedEntryId?: string
  matchedSeq?: number
}

const toLine = (i: Record<string, unknown>): StatementLine => ({
  lineId: String(i.lineId),
  date: String(i.date),
  amountFen: Number(i.amountFen),
  ...(i.reference ? { reference: String(i.reference) } : {}),
  counterparty: String(i.counterparty),
  memo: String(i.memo ?? ''),
  ...(i.matchedEntryId ? { matchedEntryId: String(i.matchedEntryId), matchedSeq: Number(i.matchedSeq) } : {}),
})

export async function unmatchedLines(db: Db, compoundId: string): Promise<StatementLine[]> {
  const { GSI1PK } = keys.bankLineByState(compoundId, false, '', '')
  return (
    await queryAll(db, {
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': GSI1PK },
    })
  ).map(toLine)
}

export async function countUnmatchedLines(db: Db, compoundId: string): Promise<number> {
  const { GSI1PK } = keys.bankLineByState(compoundId, false, '', '')
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': GSI1PK },
      Select: 'COUNT',
    }),
  )
  return out.Count ?? 0
}

export async function linesOfMonth(db: Db, compoundId: string, month: LedgerMonth): Promise<StatementLine[]> {
  const { GSI2PK } = keys.bankLineByMonth(compoundId, month, '', '')
  return (
    await queryAll(db, {
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': GSI2PK },
    })
  ).map(toLine)
}

/** Entry ids of a ledger month that a statement line confirms (F4). */
export async function confirmedEntryIds(db: Db, compoundId: string, month: LedgerMonth): Promise<Set<string>> {
  const { GSI1PK } = keys.bankMatchByMonth(compoundId, month, '')
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI1PK },
  })
  return new Set(items.map((i) => String(i.entryId)))
}

async function writeMatch(db: Db, compoundId: string, m: Match, entryMonth: LedgerMonth): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: keys.bankLine(compoundId, m.lineId),
              UpdateExpression: 'SET matchedEntryId = :e, matchedSeq = :s, GSI1PK = :pk',
              ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(matchedEntryId)',
              ExpressionAttributeValues: {
                ':e': m.entryId,
                ':s': m.seq,
                ':pk': keys.bankLineByState(compoundId, true, '', '').GSI1PK,
              },
            },
          },
          {
            Put: {
              TableName: db.table,
              Item: {
                ...keys.bankMatch(compoundId, m.entryId),
                ...keys.bankMatchByMonth(compoundId, entryMonth, m.entryId),
                type: 'ledger_bank_match',
                entryId: m.entryId,
                seq: m.seq,
                lineId: m.lineId,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          // The line's label (LG26), read with the entry by the month's page.
          bankMarkItem(db, compoundId, { seq: m.seq, month: entryMonth }, m.lineId),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/**
 * Pairs unmatched statement lines with recorded entries (domain `matchStatement`). Each pair is one
 * transaction: the line (only if still unmatched) and the entry's match mark (only if not yet matched), so
 * two reconciliations at once never pair anything twice.
 */
export async function reconcile(
  db: Db,
  compoundId: string,
  windowDays: number,
): Promise<{ matched: number; unmatched: number }> {
  const lines = await unmatchedLines(db, compoundId)
  if (lines.length === 0) return { matched: 0, unmatched: 0 }
  const dates = lines.map((l) => l.date).sort()
  // Entries are filed by posting month; a value date can sit a month before it.
  const from = shiftMonth(shanghaiMonth(dates[0] ?? ''), -1)
  const to = shiftMonth(shanghaiMonth(dates[dates.length - 1] ?? ''), 1)
  const months = monthRange(from, to)
  const [entries, confirmed] = await Promise.all([
    entriesOfMonths(db, compoundId, months),
    Promise.all(months.map((m) => confirmedEntryIds(db, compoundId, m))),
  ])
  const taken = new Set(confirmed.flatMap((s) => [...s]))
  const sides = entries.map(bankSideOf).filter((s): s is BankSide => s !== null && !taken.has(s.entryId))
  const byId = new Map(entries.map((e) => [e.entryId, e]))
  const pairs = matchStatement(lines, sides, windowDays)
  let matched = 0
  // Each pair is independent and conditional, so they go out side by side, a few at a time.
  for (let i = 0; i < pairs.length; i += 16) {
    const done = await Promise.all(
      pairs.slice(i, i + 16).map((m) => {
        const entry = byId.get(m.entryId)
        return entry ? writeMatch(db, compoundId, m, shanghaiMonth(entry.postedAt)) : false
      }),
    )
    matched += done.filter(Boolean).length
  }
  return { matched, unmatched: lines.length - matched }
}

export interface StatementImport {
  fileHash: string
  rows: number
  created: number
  unchanged: number
  matched: number
  unmatched: number
}

/**
 * Stores the checked lines of a bank statement (F4): line ids follow from their content, so importing the
 * file again (or an overlapping one) adds only new lines. Then reconciles.
 */
export async function storeStatement(
  db: Db,
  compoundId: string,
  read: { rows: readonly StatementRow[] },
  hash: string,
  windowDays: number,
  actor: { userId: string; at: string },
): Promise<StatementImport> {
  let created = 0
  for (let i = 0; i < read.rows.length; i += 25) {
    const puts = read.rows.slice(i, i + 25).map(async (row) => {
      const { row: _row, ...line } = row
      const item = {
        ...keys.bankLine(compoundId, line.lineId),
        ...keys.bankLineByState(compoundId, false, line.date, line.lineId),
        ...keys.bankLineByMonth(compoundId, line.date.slice(0, 7), line.date, line.lineId),
        type: 'ledger_bank_line',
        ...line,
        fileHash: hash,
        importedAt: actor.at,
        importedBy: actor.userId,
      }
      try {
        await db.doc.send(
          new PutCommand({ TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }),
        )
        created++
      } catch (err) {
        if (!isConditionFailure(err)) throw err
      }
    })
    await Promise.all(puts)
  }
  if (created > 0) {
    await db.doc.send(
      new PutCommand(
        eventPut(db, {
          compoundId,
          action: 'ledger.statement_imported',
          actorId: actor.userId,
          at: actor.at,
          subject: hash,
          data: { rows: read.rows.length, created },
        }).Put,
      ),
    )
  }
  const result = await reconcile(db, compoundId, windowDays)
  return { fileHash: hash, rows: read.rows.length, created, unchanged: read.rows.length - created, ...result }
}
