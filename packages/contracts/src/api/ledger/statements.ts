// Endpoints of the bank account (DOMAIN F4): statement import, statement lines, reconciliation.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import {
  CsvImportRequest,
  ReconcileResult,
  StatementImportResult,
  StatementLineQuery,
  StatementLineView,
} from '../../ledger'
import { context, readers, staff, base } from './shared'

export const importStatement = endpoint({
  id: 'ledger.bank.import',
  method: 'post',
  path: `${base}/bank/statements`,
  summary: 'Import a bank statement CSV (all rows valid or nothing written), then reconcile (F4)',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: CsvImportRequest,
  response: StatementImportResult,
})

export const listStatementLines = endpoint({
  id: 'ledger.bank.lines',
  method: 'get',
  path: `${base}/bank/lines`,
  summary: 'Statement lines of a month, or every unmatched one (flagged to the owners)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: StatementLineQuery,
  response: z.object({ lines: z.array(StatementLineView) }),
})

export const reconcileBank = endpoint({
  id: 'ledger.bank.reconcile',
  method: 'post',
  path: `${base}/bank/reconcile`,
  summary: 'Match unmatched statement lines to entries recorded since (amount, date window, reference)',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  response: ReconcileResult,
})
