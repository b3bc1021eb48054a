import type { JournalEntry } from '@jiayuan/contracts'
import {
  fileHash,
  postPublicIncome,
  storeStatement,
  type Db,
  type PublicIncomeInput,
  type StatementImport,
} from '@jiayuan/db'
import { assertNoRowErrors, assertPublicIncomeReplay, assertNoPhoneNumber, readStatementCsv } from '@jiayuan/domain'

/**
 * Income from the common parts (F6): debit the bank, credit the source. It stays on its own income account
 * until the month is closed into the public-income ledger (month-close.ts), where the fund top-up is taken.
 */
export async function recordPublicIncome(
  db: Db,
  compoundId: string,
  input: PublicIncomeInput,
  actor: { userId: string; at: string },
): Promise<{ entry: JournalEntry; created: boolean }> {
  assertNoPhoneNumber(input.counterparty, 'body.counterparty')
  assertNoPhoneNumber(input.memo, 'body.memo')
  assertNoPhoneNumber(input.reference, 'body.reference')
  const posted = await postPublicIncome(db, compoundId, input, actor)
  if (!posted.created) assertPublicIncomeReplay(posted.entry, input.amountFen)
  return posted
}

/** Imports a bank statement (F4): any bad row and nothing is written; then reconciles. */
export async function importStatement(
  db: Db,
  compoundId: string,
  csv: string,
  windowDays: number,
  actor: { userId: string; at: string },
): Promise<StatementImport> {
  const read = readStatementCsv(csv, compoundId)
  assertNoRowErrors(read.errors, '对账单')
  return storeStatement(db, compoundId, read, fileHash(csv), windowDays, actor)
}
