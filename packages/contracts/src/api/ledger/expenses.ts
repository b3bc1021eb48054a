// Endpoints of expenses under dual control (DOMAIN F3): propose, list, read, approve, attach a vote, reject.
import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import {
  ApproveExpenseRequest,
  AttachMotionRequest,
  AuthorisingMotion,
  ExpenseListQuery,
  ExpenseView,
  ProposeExpenseRequest,
  ReasonRequest,
} from '../../ledger'
import { context, readers, staff, committee, base, ExpenseParams } from './shared'

export const proposeExpense = endpoint({
  id: 'ledger.expenses.propose',
  method: 'post',
  path: `${base}/expenses`,
  summary: 'Propose a payment out of the account, with its evidence (dual control, F3)',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: ProposeExpenseRequest,
  response: ExpenseView,
  status: 201,
})

export const listExpenses = endpoint({
  id: 'ledger.expenses.list',
  method: 'get',
  path: `${base}/expenses`,
  summary: 'Expense proposals, newest first, with their approvals',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: ExpenseListQuery,
  response: z.object({ expenses: z.array(ExpenseView) }),
})

export const getExpense = endpoint({
  id: 'ledger.expenses.get',
  method: 'get',
  path: `${base}/expenses/{expenseId}`,
  summary: 'One expense proposal',
  context,
  access: { kind: 'compound', roles: readers },
  params: ExpenseParams,
  response: ExpenseView,
})

export const approveExpense = endpoint({
  id: 'ledger.expenses.approve',
  method: 'post',
  path: `${base}/expenses/{expenseId}/approvals`,
  summary: 'Approve as a committee member (never the proposer); the last approval needed posts it, exactly once',
  context,
  access: { kind: 'compound', roles: committee },
  params: ExpenseParams,
  body: ApproveExpenseRequest,
  response: ExpenseView,
})

export const attachMotion = endpoint({
  id: 'ledger.expenses.motion',
  method: 'post',
  path: `${base}/expenses/{expenseId}/motion`,
  summary:
    "Attach the passed owners' vote (type 5 or 9, final result, this compound, not backing another expense) that an expense above the assembly limit needs",
  context,
  access: { kind: 'compound', roles: committee },
  params: ExpenseParams,
  body: AttachMotionRequest,
  response: ExpenseView,
})

export const listAuthorisingMotions = endpoint({
  id: 'ledger.expenses.motions',
  method: 'get',
  path: `${base}/expenses/{expenseId}/motions`,
  summary: 'Passed type-5 or type-9 motions with a final result that could back this expense (the picker, F3)',
  context,
  access: { kind: 'compound', roles: committee },
  params: ExpenseParams,
  response: z.object({ motions: z.array(AuthorisingMotion) }),
})

export const rejectExpense = endpoint({
  id: 'ledger.expenses.reject',
  method: 'post',
  path: `${base}/expenses/{expenseId}/rejection`,
  summary: 'Reject a pending expense, with a reason',
  context,
  access: { kind: 'compound', roles: committee },
  params: ExpenseParams,
  body: ReasonRequest,
  response: ExpenseView,
})
