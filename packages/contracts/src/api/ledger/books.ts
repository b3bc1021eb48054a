// Endpoints of the books as a whole: the ledger policy, the chart of accounts with balances, the month's summary.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams, Version } from '../../common'
import { AccountBalance, LedgerMonth, LedgerPolicy, LedgerPolicyView, LedgerSummary } from '../../ledger'
import { context, readers, keepers, base } from './shared'

export const getPolicy = endpoint({
  id: 'ledger.policy.get',
  method: 'get',
  path: `${base}/policy`,
  summary: 'Dual-control limits, reconciliation window, fund top-up level and the remuneration counterparty',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  response: LedgerPolicyView,
})

export const putPolicy = endpoint({
  id: 'ledger.policy.put',
  method: 'put',
  path: `${base}/policy`,
  summary: 'Replace the ledger policy (logged with the reason; refused if someone changed it since `version`)',
  context,
  access: { kind: 'compound', roles: keepers },
  params: CompoundParams,
  body: z.object({
    policy: LedgerPolicy,
    version: Version,
    reason: z.string().trim().min(1).max(200),
  }),
  response: LedgerPolicyView,
})

export const listAccounts = endpoint({
  id: 'ledger.accounts',
  method: 'get',
  path: `${base}/accounts`,
  summary: 'The chart of accounts with balances derived from the entries (receivables by ledger reference)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  response: z.object({ headSeq: z.number().int().nonnegative().safe(), accounts: z.array(AccountBalance) }),
})

export const getSummary = endpoint({
  id: 'ledger.summary',
  method: 'get',
  path: `${base}/summary`,
  summary: "Balances, the month's income and expense by category, collection rate (aggregate) and reconciliation",
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: z.object({ month: LedgerMonth.optional() }),
  response: LedgerSummary,
})
