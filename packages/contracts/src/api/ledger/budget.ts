// Endpoints of the annual budget (DOMAIN F7) and of closing a month (remuneration, public income, fund top-up).
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import {
  ApproveBudgetRequest,
  BudgetView,
  LedgerMonth,
  MonthCloseResult,
  PutBudgetRequest,
  YearParams,
} from '../../ledger'
import { context, readers, committee, operators, base } from './shared'

export const putBudget = endpoint({
  id: 'ledger.budget.put',
  method: 'put',
  path: `${base}/budgets/{year}`,
  summary: 'Propose the annual budget by expense heading (a draft, or submitted for approval; logged with the reason)',
  context,
  access: { kind: 'compound', roles: committee },
  params: CompoundParams.merge(YearParams),
  body: PutBudgetRequest,
  response: BudgetView,
})

export const approveBudget = endpoint({
  id: 'ledger.budget.approve',
  method: 'post',
  path: `${base}/budgets/{year}/approve`,
  summary: 'Approve the submitted budget (F7): a second committee member, never its proposer; then it takes effect',
  context,
  access: { kind: 'compound', roles: committee },
  params: CompoundParams.merge(YearParams),
  body: ApproveBudgetRequest,
  response: BudgetView,
})

export const getBudget = endpoint({
  id: 'ledger.budget.get',
  method: 'get',
  path: `${base}/budgets/{year}`,
  summary: 'The annual budget and budget against actual for a month of that year (F7)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams.merge(YearParams),
  query: z.object({ month: LedgerMonth.optional() }),
  response: BudgetView,
})

export const closeMonth = endpoint({
  id: 'ledger.months.close',
  method: 'post',
  path: `${base}/months/{month}/close`,
  summary: 'Close a finished month: remuneration (E11), public income into its ledger, fund top-up; once only',
  context,
  access: { kind: 'compound', roles: operators },
  params: CompoundParams.extend({ month: LedgerMonth }),
  response: MonthCloseResult,
})
