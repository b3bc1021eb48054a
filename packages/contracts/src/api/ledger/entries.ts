// Endpoints of journal entries: the lines of a month, one entry, its inclusion proof, reversal, opening balance.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import { NextCursor } from '../../paging'
import {
  InclusionProof,
  JournalEntry,
  LedgerLine,
  LedgerLineQuery,
  LedgerMonth,
  OpeningBalanceRequest,
  ReasonRequest,
} from '../../ledger'
import { context, readers, keepers, base, SeqParams } from './shared'

export const listLines = endpoint({
  id: 'ledger.lines',
  method: 'get',
  path: `${base}/entries`,
  summary:
    'The lines of a month a page at a time, filterable by category and kind, with counterparty and evidence (F5)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: LedgerLineQuery,
  response: z.object({ month: LedgerMonth, lines: z.array(LedgerLine), nextCursor: NextCursor }),
})

export const getLine = endpoint({
  id: 'ledger.entry',
  method: 'get',
  path: `${base}/entries/{seq}`,
  summary: 'One entry as a ledger line',
  context,
  access: { kind: 'compound', roles: readers },
  params: SeqParams,
  response: LedgerLine,
})

export const getProof = endpoint({
  id: 'ledger.proof',
  method: 'get',
  path: `${base}/entries/{seq}/proof`,
  summary: 'The entry with its inclusion proof up to the latest published checkpoint (F10)',
  context,
  access: { kind: 'compound', roles: readers },
  params: SeqParams,
  response: InclusionProof,
})

export const reverseEntry = endpoint({
  id: 'ledger.reverse',
  method: 'post',
  path: `${base}/entries/{seq}/reversal`,
  summary: 'Correct an entry by posting its reversal (once per entry); expenses and remuneration by the committee only',
  context,
  access: { kind: 'compound', roles: ['property_staff', 'committee_member'] },
  params: SeqParams,
  body: ReasonRequest,
  response: JournalEntry,
  status: 201,
})

export const postOpeningBalance = endpoint({
  id: 'ledger.opening',
  method: 'post',
  path: `${base}/opening-balance`,
  summary: 'The first entry of the books: bank against funds, public income and surplus; legs must sum to zero',
  context,
  access: { kind: 'compound', roles: keepers },
  params: CompoundParams,
  body: OpeningBalanceRequest,
  response: JournalEntry,
  status: 201,
})
