import { z } from 'zod'
import { CompoundParams, Id } from '../common'
import { endpoint } from '../endpoint'
import {
  AccountBalance,
  ApproveExpenseRequest,
  AttachMotionRequest,
  BillGenerateRequest,
  BillGenerateResult,
  BillListQuery,
  BillView,
  BillingPeriod,
  BudgetView,
  ChainPage,
  ChainQuery,
  CollectionRateView,
  CsvImportRequest,
  ExpenseListQuery,
  ExpenseView,
  ExportQuery,
  InclusionProof,
  JournalEntry,
  LedgerCsvExport,
  LedgerLine,
  LedgerLineQuery,
  LedgerMonth,
  LedgerPolicy,
  LedgerPolicyView,
  LedgerSummary,
  MonthCloseResult,
  MyBills,
  OpeningBalanceRequest,
  PaymentImportResult,
  ProposeExpenseRequest,
  PublicIncomeYear,
  PublishedCheckpoint,
  PutBudgetRequest,
  ReasonRequest,
  ReconcileResult,
  RecordPaymentRequest,
  RecordPublicIncomeRequest,
  StatementImportResult,
  StatementLineQuery,
  StatementLineView,
  YearParams,
} from '../ledger'

/**
 * The trust account (信托制物业, DOMAIN F1–F11). Every verified owner reads every line (F5); residents who
 * are not owners, and grid workers, do not. The property staff record (bills, payments, public income,
 * statements, proposals); the committee approves and budgets; nobody reaches another compound's books.
 */
const context = 'ledger'
const readers = ['owner', 'committee_member', 'property_staff', 'community_admin'] as const
const staff = ['property_staff'] as const
const committee = ['committee_member'] as const
const keepers = ['committee_member', 'community_admin'] as const
const operators = ['property_staff', 'committee_member', 'community_admin'] as const
const base = '/v1/compounds/{compoundId}/ledger'
const SeqParams = CompoundParams.extend({ seq: z.coerce.number().int().positive() })
const ExpenseParams = CompoundParams.extend({ expenseId: Id })

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
  body: z.object({ policy: LedgerPolicy, version: z.number().int().nonnegative(), reason: z.string().trim().min(1).max(200) }),
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
  response: z.object({ headSeq: z.number().int().nonnegative(), accounts: z.array(AccountBalance) }),
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

export const listLines = endpoint({
  id: 'ledger.lines',
  method: 'get',
  path: `${base}/entries`,
  summary: "Every line of a month, filterable by category and kind, with counterparty and evidence (F5)",
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: LedgerLineQuery,
  response: z.object({ month: LedgerMonth, lines: z.array(LedgerLine) }),
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

export const getChain = endpoint({
  id: 'ledger.chain',
  method: 'get',
  path: `${base}/chain`,
  summary: 'The hash chain in seq order, a page at a time, with the head and its running balances (for verifiers)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: ChainQuery,
  response: ChainPage,
})

export const listCheckpoints = endpoint({
  id: 'ledger.checkpoints.list',
  method: 'get',
  path: `${base}/checkpoints`,
  summary: 'Published checkpoints (chain head and count), newest first',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  response: z.object({ checkpoints: z.array(PublishedCheckpoint) }),
})

export const publishCheckpoint = endpoint({
  id: 'ledger.checkpoints.publish',
  method: 'post',
  path: `${base}/checkpoints`,
  summary: 'Publish the current head as a checkpoint now (also done daily by the scheduled job)',
  context,
  access: { kind: 'compound', roles: operators },
  params: CompoundParams,
  response: z.object({ checkpoint: PublishedCheckpoint.nullable(), created: z.boolean() }),
})

export const exportCsv = endpoint({
  id: 'ledger.export',
  method: 'get',
  path: `${base}/export`,
  summary: 'The ledger of a month or a year as CSV text',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: ExportQuery,
  response: LedgerCsvExport,
})

export const generateBills = endpoint({
  id: 'ledger.bills.generate',
  method: 'post',
  path: `${base}/bills/generate`,
  summary: "Issue the period's bills (area × rate, rounded half-up once per bill); generating again changes nothing",
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: BillGenerateRequest,
  response: BillGenerateResult,
})

export const listBills = endpoint({
  id: 'ledger.bills.list',
  method: 'get',
  path: `${base}/bills`,
  summary: "A period's bills by unit, for the property staff who collect them",
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  query: BillListQuery,
  response: z.object({ bills: z.array(BillView) }),
})

export const myBills = endpoint({
  id: 'ledger.bills.mine',
  method: 'get',
  path: `${base}/bills/mine`,
  summary: "The caller's own units: their bills, paid status and payment history",
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: CompoundParams,
  response: MyBills,
})

export const getCollectionRate = endpoint({
  id: 'ledger.collection',
  method: 'get',
  path: `${base}/collection-rate`,
  summary: 'The collection rate of a period, as an aggregate only (F9, P3)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams,
  query: z.object({ period: BillingPeriod }),
  response: CollectionRateView,
})

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
  summary: "Attach the passed owners' vote (type 5 or 9) that an expense above the assembly limit needs",
  context,
  access: { kind: 'compound', roles: committee },
  params: ExpenseParams,
  body: AttachMotionRequest,
  response: ExpenseView,
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

export const recordPublicIncome = endpoint({
  id: 'ledger.publicIncome.record',
  method: 'post',
  path: `${base}/public-income`,
  summary: 'Record income from the common parts (parking, advertising, venue rental, lockers and chargers)',
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: RecordPublicIncomeRequest,
  response: JournalEntry,
  status: 201,
})

export const getPublicIncome = endpoint({
  id: 'ledger.publicIncome.year',
  method: 'get',
  path: `${base}/public-income/{year}`,
  summary: 'The public-income ledger of a year: by month and source, and what went to the maintenance fund (F6)',
  context,
  access: { kind: 'compound', roles: readers },
  params: CompoundParams.merge(YearParams),
  response: PublicIncomeYear,
})

export const putBudget = endpoint({
  id: 'ledger.budget.put',
  method: 'put',
  path: `${base}/budgets/{year}`,
  summary: 'Set the annual budget by expense heading (logged with the reason)',
  context,
  access: { kind: 'compound', roles: committee },
  params: CompoundParams.merge(YearParams),
  body: PutBudgetRequest,
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
