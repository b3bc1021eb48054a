// Endpoints of fee payments (DOMAIN F9): recording one against a bill, importing a payment CSV.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import { BillView, CsvImportRequest, JournalEntry, PaymentImportResult, RecordPaymentRequest } from '../../ledger'
import { context, staff, base } from './shared'

export const recordPayment = endpoint({
  id: 'ledger.payments.record',
  method: 'post',
  path: `${base}/payments`,
  summary: 'Record a fee payment against a bill',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: RecordPaymentRequest,
  response: z.object({ entry: JournalEntry, bill: BillView }),
  status: 201,
})

export const importPayments = endpoint({
  id: 'ledger.payments.import',
  method: 'post',
  path: `${base}/payments/import`,
  summary: 'Import a payment CSV: all rows valid or nothing written; re-importing changes nothing',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: CsvImportRequest,
  response: PaymentImportResult,
})
