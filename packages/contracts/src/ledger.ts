import { z } from 'zod'
import { MatterType } from './assembly'
import { AmountFen, AreaCentiSqm, Fen, Id, IdempotencyKey, IsoTime } from './common'

/**
 * Trust account (信托制物业) contracts, DOMAIN F1–F11. Money is integer fen; a leg's amount is signed with
 * debit positive, so the legs of every entry sum to zero (F2).
 */

export const AccountKind = z.enum(['asset', 'income', 'expense', 'fund'])
export type AccountKind = z.infer<typeof AccountKind>

/** Statutory cost headings (DOMAIN F8; 物业服务定价成本监审办法). */
export const ExpenseCategory = z.enum(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11'])
export type ExpenseCategory = z.infer<typeof ExpenseCategory>

export const EXPENSE_CATEGORY_LABEL: Record<ExpenseCategory, string> = {
  E1: '人员费用',
  E2: '共用部位共用设施设备日常运行维护费',
  E3: '清洁卫生费',
  E4: '绿化养护费',
  E5: '秩序维护费',
  E6: '办公费',
  E7: '固定资产折旧',
  E8: '共用部位共用设施设备及公众责任保险费',
  E9: '经业主同意的其他费用',
  E10: '公共水电费',
  E11: '物业服务酬金',
}

/** Under 包干制 the E11 heading holds the company's taxes and profit instead of a remuneration (F8). */
export const E11_LUMP_SUM_LABEL = '法定税费和利润'

/** Property fees plus the public-income sources of F6 and bank interest. */
export const IncomeCategory = z.enum(['property_fee', 'parking', 'advertising', 'venue_rental', 'other_public', 'interest'])
export type IncomeCategory = z.infer<typeof IncomeCategory>

export const INCOME_CATEGORY_LABEL: Record<IncomeCategory, string> = {
  property_fee: '物业服务费',
  parking: '共有场地停车收益',
  advertising: '广告收益',
  venue_rental: '场地租赁收益',
  other_public: '其他公共收益（快递柜、充电桩等）',
  interest: '利息收入',
}

/** Income that belongs to the public-income ledger (F6); property fees and interest do not. */
export const PUBLIC_INCOME_CATEGORIES = ['parking', 'advertising', 'venue_rental', 'other_public'] as const

const ID_PART = '[A-Za-z0-9_-]{1,64}'

/**
 * Account code grammar. Building and unit ids follow `Id`, so the public-income ledger and the owners'
 * accumulated surplus (历年结余, the other side of an opening balance) live under their own `ledger:` prefix:
 * `fund:public_income` could collide with a building whose id is `public_income`.
 *
 * A receivable is named by the unit's ledger reference (`unitLedgerRef`: a keyed hash of the unit id), never
 * by the unit id itself: every owner can read and verify every entry (F5, F10), and a unit number beside a
 * payment would publish a named arrears list (P1, P3).
 */
export const ACCOUNT_CODE_PATTERN = new RegExp(
  '^(?:asset:bank' +
    `|receivable:${ID_PART}` +
    `|income:(?:${IncomeCategory.options.join('|')})` +
    `|expense:(?:${ExpenseCategory.options.join('|')})` +
    `|fund:${ID_PART}` +
    '|ledger:(?:public_income|retained))$',
)

export const AccountCode = z.string().max(80).regex(ACCOUNT_CODE_PATTERN, 'not an account code of the chart')
export type AccountCode = z.infer<typeof AccountCode>

export const Account = z.object({
  code: AccountCode,
  kind: AccountKind,
  name: z.string().min(1).max(80),
})
export type Account = z.infer<typeof Account>

export const EntryKind = z.enum([
  'opening_balance',
  'bill',
  'payment',
  'expense',
  'remuneration',
  'public_income',
  'interest',
  'fund_transfer',
  'fund_payout',
  'period_close',
  'reversal',
])
export type EntryKind = z.infer<typeof EntryKind>

export const JournalLeg = z.object({
  account: AccountCode,
  amountFen: AmountFen.refine((n) => n !== 0, 'a leg of zero fen says nothing'),
})
export type JournalLeg = z.infer<typeof JournalLeg>

export const LedgerHash = z.string().regex(/^[0-9a-f]{64}$/, 'lowercase hex SHA-256')

/** The fields an author supplies; the chain assigns `seq`, `prevHash` and `hash` when it is appended. */
export const JournalEntryDraft = z.object({
  entryId: Id,
  compoundId: Id,
  postedAt: IsoTime,
  kind: EntryKind,
  memo: z.string().max(200),
  /** The counterparty organisation (F5). A person's name never goes here (P1). */
  counterparty: z.string().min(1).max(80).optional(),
  legs: z.array(JournalLeg).min(2).max(200),
  /** Set on, and only on, a reversal: the entry it cancels (F10). */
  reverses: Id.optional(),
  /** Links a bill posting, its payments and their reversals to the bill (F9). */
  billId: Id.optional(),
  /** Evidence as `<kind>:<upload key>` (`EvidenceRef`): invoice, contract, acceptance record, bank receipt (F3). */
  attachments: z.array(z.string().min(1).max(256)).max(20).optional(),
  /** The bank's or payer's reference, matched against the statement (F4). */
  reference: z.string().min(1).max(64).optional(),
  /** The day the money moved, when it differs from the day of posting (`YYYY-MM-DD`, Beijing). */
  valueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
})
export type JournalEntryDraft = z.infer<typeof JournalEntryDraft>

export const JournalEntry = JournalEntryDraft.extend({
  /** 1 for the first entry of a compound, then contiguous. */
  seq: z.number().int().positive(),
  prevHash: LedgerHash,
  hash: LedgerHash,
})
export type JournalEntry = z.infer<typeof JournalEntry>

/** A published head of the chain; `seq` 0 with the genesis hash is the empty chain. */
export const LedgerCheckpoint = z.object({
  seq: z.number().int().nonnegative(),
  headHash: LedgerHash,
  count: z.number().int().nonnegative(),
})
export type LedgerCheckpoint = z.infer<typeof LedgerCheckpoint>

/** The entry, every later entry up to the checkpoint, and the checkpoint itself (F10). */
export const InclusionProof = z.object({
  entry: JournalEntry,
  following: z.array(JournalEntry),
  checkpoint: LedgerCheckpoint,
})
export type InclusionProof = z.infer<typeof InclusionProof>

export const LedgerChainFailure = z.enum([
  'compound_mismatch',
  'gap',
  'duplicate_seq',
  'out_of_order',
  'duplicate_entry_id',
  'broken_link',
  'hash_mismatch',
  'checkpoint_mismatch',
  'unbalanced_entry',
  'balance_mismatch',
])
export type LedgerChainFailure = z.infer<typeof LedgerChainFailure>

export const LedgerChainVerdict = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), count: z.number().int(), headSeq: z.number().int(), headHash: LedgerHash }),
  z.object({ ok: z.literal(false), firstBadSeq: z.number().int(), reason: LedgerChainFailure, message: z.string() }),
])
export type LedgerChainVerdict = z.infer<typeof LedgerChainVerdict>

/** `YYYY-MM` (one month), `YYYY-Qn` (a quarter) or `YYYY` (a year). */
export const BillingPeriod = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/, 'YYYY-MM, YYYY-Qn or YYYY')
export type BillingPeriod = z.infer<typeof BillingPeriod>

export const LedgerMonth = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'YYYY-MM')
export type LedgerMonth = z.infer<typeof LedgerMonth>

export const Bill = z.object({
  billId: Id,
  compoundId: Id,
  unitId: Id,
  period: BillingPeriod,
  months: z.number().int().positive(),
  areaCentiSqm: AreaCentiSqm,
  ratePerSqmFen: Fen,
  amountFen: Fen,
})
export type Bill = z.infer<typeof Bill>

/** An owners' vote that authorises a payment above the assembly limit (F3: matter type 5 or 9). */
export const AssemblyAuthorisation = z.object({
  motionId: Id,
  matterType: MatterType,
  passed: z.boolean(),
  /** The committee member who attached the motion, and when (the assembly module is not yet there to ask). */
  attestedBy: Id.optional(),
  attestedAt: IsoTime.optional(),
  /** True once the assembly module confirmed the motion's published result; until then it is attested only. */
  verified: z.boolean().optional(),
})
export type AssemblyAuthorisation = z.infer<typeof AssemblyAuthorisation>

/** A payment out of the account, initiated by the property company (F3). */
export const ExpenseProposal = z.object({
  expenseId: Id,
  compoundId: Id,
  proposerId: Id,
  category: ExpenseCategory,
  amountFen: Fen.positive(),
  counterparty: z.string().min(1).max(80),
  memo: z.string().max(200),
  attachments: z.array(z.string().min(1).max(256)).max(20),
  assemblyVote: AssemblyAuthorisation.optional(),
})
export type ExpenseProposal = z.infer<typeof ExpenseProposal>

export const ExpenseApproval = z.object({
  expenseId: Id,
  /** A committee member's id; the caller admits only current committee members. */
  memberId: Id,
  approvedAt: IsoTime,
})
export type ExpenseApproval = z.infer<typeof ExpenseApproval>

export const ExpenseApprovalPolicy = z.object({
  /** Strictly above this, `approvalsRequired` distinct members must approve; at or below it, one. */
  multiApprovalAboveFen: Fen.nonnegative(),
  approvalsRequired: z.number().int().min(1).max(9),
  /** Strictly above this, a passed owners' vote of type 5 or 9 is needed as well. */
  assemblyAboveFen: Fen.nonnegative(),
})
export type ExpenseApprovalPolicy = z.infer<typeof ExpenseApprovalPolicy>

export const ExpenseApprovalState = z.enum(['pending', 'approved', 'blocked_needs_assembly'])
export type ExpenseApprovalState = z.infer<typeof ExpenseApprovalState>

export const BudgetLine = z.object({
  year: z.number().int().min(2000).max(2100),
  category: ExpenseCategory,
  annualFen: Fen.nonnegative(),
})
export type BudgetLine = z.infer<typeof BudgetLine>

export const BudgetVsActualLine = z.object({
  category: ExpenseCategory,
  annualBudgetFen: Fen,
  monthActualFen: Fen,
  yearToDateActualFen: Fen,
  remainingFen: Fen,
  overBudget: z.boolean(),
})
export type BudgetVsActualLine = z.infer<typeof BudgetVsActualLine>

/** Published only as an aggregate (F9, P3): no unit or bill appears in it. */
export const CollectionRate = z.object({
  billedFen: Fen,
  paidFen: Fen,
  /** Null when nothing was billed, rather than a misleading 0 or 100%. */
  rateBasisPoints: z.number().int().min(0).max(10000).nullable(),
})
export type CollectionRate = z.infer<typeof CollectionRate>

// ---------------------------------------------------------------------------------------------------------
// What the ledger API reads and writes (issue #5). Views are what a caller may see: receivables by ledger
// reference only, people by masked name only, evidence as presigned URLs.

/** A line of the chain export or an inclusion proof is a `JournalEntry`; a checkpoint also says when. */
export const PublishedCheckpoint = LedgerCheckpoint.extend({ publishedAt: IsoTime })
export type PublishedCheckpoint = z.infer<typeof PublishedCheckpoint>

export const EvidenceKind = z.enum(['invoice', 'contract', 'acceptance', 'bank_receipt', 'other'])
export type EvidenceKind = z.infer<typeof EvidenceKind>

export const EVIDENCE_KIND_LABEL: Record<EvidenceKind, string> = {
  invoice: '发票',
  contract: '合同',
  acceptance: '验收记录',
  bank_receipt: '银行回单',
  other: '其他凭证',
}

/** An uploaded file (purpose `receipt`) and what it proves. */
export const Evidence = z.object({ kind: EvidenceKind, key: z.string().min(1).max(200) })
export type Evidence = z.infer<typeof Evidence>

export const EvidenceView = Evidence.extend({ url: z.string() })
export type EvidenceView = z.infer<typeof EvidenceView>

/** The ledger's own settings, kept beside (not inside) the compound settings; defaults in the domain. */
export const LedgerPolicy = z
  .object({
    approval: ExpenseApprovalPolicy,
    /** A statement line matches an entry whose value date is at most this many days away (F4). */
    reconciliationWindowDays: z.number().int().min(0).max(31),
    /** Public income tops up the fund only while the fund holds less than this; null: always (F6). */
    fundTopUpWhenBelowFen: Fen.nonnegative().nullable(),
    /** The counterparty of the remuneration line (F1): the property company. */
    propertyCompany: z.string().trim().min(1).max(80),
  })
  .refine((p) => p.approval.assemblyAboveFen >= p.approval.multiApprovalAboveFen, {
    path: ['approval', 'assemblyAboveFen'],
    message: '需业主大会表决的金额不能低于需多人审批的金额',
  })
export type LedgerPolicy = z.infer<typeof LedgerPolicy>

export const LedgerPolicyView = z.object({
  policy: LedgerPolicy,
  version: z.number().int().nonnegative(),
  updatedAt: IsoTime.optional(),
  updatedBy: Id.optional(),
})
export type LedgerPolicyView = z.infer<typeof LedgerPolicyView>

export const AccountBalance = Account.extend({ balanceFen: Fen })
export type AccountBalance = z.infer<typeof AccountBalance>

export const LedgerLegView = z.object({ account: AccountCode, name: z.string(), amountFen: Fen })

/** One entry as an owner reads it (F5): amounts, category, counterparty organisation, evidence. */
export const LedgerLine = z.object({
  seq: z.number().int().positive(),
  entryId: Id,
  postedAt: IsoTime,
  month: LedgerMonth,
  kind: EntryKind,
  memo: z.string(),
  counterparty: z.string().optional(),
  reference: z.string().optional(),
  valueDate: z.string().optional(),
  /** Into (+) or out of (−) the bank account; null for an entry that moves no money (a bill, a transfer). */
  bankFen: Fen.nullable(),
  /** The sum of the debit legs: the size of the entry whatever its kind. */
  totalFen: Fen,
  /** Income and expense categories the entry touches (`E2`, `parking`, ...). */
  categories: z.array(z.string()),
  legs: z.array(LedgerLegView),
  evidence: z.array(EvidenceView),
  /** True once a bank statement line confirms it, false until then; null when it moves no money (F4). */
  bankConfirmed: z.boolean().nullable(),
  reverses: Id.optional(),
  /** Seq of the reversal that cancelled this entry, if any. */
  reversedBy: z.number().int().positive().optional(),
  hash: LedgerHash,
})
export type LedgerLine = z.infer<typeof LedgerLine>

export const LedgerLineQuery = z.object({
  month: LedgerMonth.optional(),
  /** An income or an expense category. */
  category: z.union([IncomeCategory, ExpenseCategory]).optional(),
  kind: EntryKind.optional(),
})

export const CategoryTotal = z.object({ category: z.string(), label: z.string(), fen: Fen })
export type CategoryTotal = z.infer<typeof CategoryTotal>

/**
 * The owners' front page of the books. Fund-side balances (maintenance fund, public income, surplus) are
 * shown as what they hold, i.e. positive; `accounts` gives the raw debit-positive balances.
 */
export const LedgerSummary = z.object({
  month: LedgerMonth,
  headSeq: z.number().int().nonnegative(),
  latestCheckpoint: PublishedCheckpoint.nullable(),
  balances: z.object({
    bankFen: Fen,
    receivablesFen: Fen,
    maintenanceFundFen: Fen,
    publicIncomeLedgerFen: Fen,
    retainedFen: Fen,
    funds: z.array(z.object({ buildingId: Id, name: z.string(), fen: Fen })),
  }),
  income: z.array(CategoryTotal),
  expense: z.array(CategoryTotal),
  incomeTotalFen: Fen,
  expenseTotalFen: Fen,
  remunerationFen: Fen,
  collectionRate: CollectionRate,
  unreconciled: z.object({ statementLines: z.number().int(), entries: z.number().int() }),
})
export type LedgerSummary = z.infer<typeof LedgerSummary>

export const BillStatus = z.enum(['unpaid', 'partly_paid', 'paid'])
export type BillStatus = z.infer<typeof BillStatus>

/** A bill as its unit's owners and the property staff see it (the unit by its real id and label). */
export const BillView = z.object({
  billId: Id,
  unitId: Id,
  unitLabel: z.string(),
  period: BillingPeriod,
  months: z.number().int().positive(),
  areaCentiSqm: AreaCentiSqm,
  ratePerSqmFen: Fen,
  amountFen: Fen,
  paidFen: Fen,
  outstandingFen: Fen,
  status: BillStatus,
  /** fee = area × rate × months / 100, rounded half-up to the fen once per bill (F9). */
  rounding: z.literal('half_up_to_fen_once_per_bill'),
  issuedAt: IsoTime,
})
export type BillView = z.infer<typeof BillView>

export const PaymentView = z.object({
  seq: z.number().int().positive(),
  entryId: Id,
  postedAt: IsoTime,
  billId: Id,
  /** Negative for the reversal of a bounced payment. */
  amountFen: Fen,
  kind: z.enum(['payment', 'reversal']),
  reference: z.string().optional(),
  valueDate: z.string().optional(),
})
export type PaymentView = z.infer<typeof PaymentView>

export const MyBills = z.object({
  units: z.array(
    z.object({ unitId: Id, unitLabel: z.string(), ledgerRef: Id, bills: z.array(BillView), payments: z.array(PaymentView) }),
  ),
})

export const BillListQuery = z.object({ period: BillingPeriod, unitId: Id.optional(), status: BillStatus.optional() })

export const BillGenerateRequest = z.object({ period: BillingPeriod })
export const BillGenerateResult = z.object({
  period: BillingPeriod,
  created: z.number().int(),
  existing: z.number().int(),
  /** Undelivered units, and units whose fee rounds to zero. */
  skipped: z.number().int(),
  billedFen: Fen,
})

export const CollectionRateView = CollectionRate.extend({ period: BillingPeriod, bills: z.number().int() })

export const RecordPaymentRequest = z.object({
  unitId: Id,
  period: BillingPeriod,
  amountFen: AmountFen.positive(),
  valueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  /** The bank's reference; when given, it also makes the payment unique (the CSV import uses it too). */
  reference: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, "_", ".", ":" and "-"').optional(),
  evidence: z.array(Evidence).max(5).default([]),
  idempotencyKey: IdempotencyKey,
})

export const PAYMENT_CSV_COLUMNS = ['unit_id', 'period', 'amount', 'paid_on', 'reference'] as const
export const STATEMENT_CSV_COLUMNS = ['date', 'amount', 'reference', 'counterparty', 'memo'] as const

export const CsvImportRequest = z.object({ csv: z.string().min(1, 'the file is empty').max(5_000_000) })

/** Row numbers count the header as row 1, as a spreadsheet shows them. */

export const PaymentImportResult = z.object({
  fileHash: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  unchanged: z.number().int(),
  importedFen: Fen,
})

export const ExpenseStatus = z.enum(['pending', 'blocked_needs_assembly', 'posted', 'rejected'])
export type ExpenseStatus = z.infer<typeof ExpenseStatus>

export const ProposeExpenseRequest = z.object({
  category: ExpenseCategory.exclude(['E11']),
  amountFen: AmountFen.positive(),
  /** An organisation (F5); a person's name or phone never goes here (P1). */
  counterparty: z.string().trim().min(2).max(80),
  memo: z.string().trim().min(1).max(200),
  evidence: z.array(Evidence).min(1).max(20),
  idempotencyKey: IdempotencyKey,
})

export const ExpenseView = z.object({
  expenseId: Id,
  category: ExpenseCategory,
  amountFen: Fen,
  counterparty: z.string(),
  memo: z.string(),
  evidence: z.array(EvidenceView),
  status: ExpenseStatus,
  proposerId: Id,
  proposerName: z.string(),
  createdAt: IsoTime,
  approvals: z.array(
    z.object({ memberId: Id, name: z.string(), approvedAt: IsoTime, overBudgetReason: z.string().optional() }),
  ),
  /** How many distinct committee members must approve at this amount under the current policy. */
  approvalsRequired: z.number().int().positive(),
  needsAssembly: z.boolean(),
  assemblyVote: AssemblyAuthorisation.optional(),
  postedSeq: z.number().int().positive().optional(),
  rejection: z.object({ by: Id, reason: z.string(), at: IsoTime }).optional(),
})
export type ExpenseView = z.infer<typeof ExpenseView>

export const ExpenseListQuery = z.object({ status: ExpenseStatus.optional() })
export const ApproveExpenseRequest = z.object({
  /** Needed, and logged, when the expense takes its budget line past the annual amount (F7). */
  overBudgetReason: z.string().trim().min(1).max(200).optional(),
})
export const AttachMotionRequest = z.object({ motionId: Id, matterType: MatterType })
export const ReasonRequest = z.object({ reason: z.string().trim().min(1).max(200) })

export const StatementLineView = z.object({
  lineId: Id,
  date: z.string(),
  /** Into (+) or out of (−) the account, as the bank printed it. */
  amountFen: Fen,
  reference: z.string().optional(),
  /** Masked unless it reads as an organisation, for everyone but the property staff (P1). */
  counterparty: z.string(),
  memo: z.string(),
  matchedSeq: z.number().int().positive().nullable(),
})
export type StatementLineView = z.infer<typeof StatementLineView>

export const StatementLineQuery = z.object({ month: LedgerMonth.optional(), unmatched: z.enum(['true', 'false']).optional() })

export const StatementImportResult = z.object({
  fileHash: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  unchanged: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
})

export const ReconcileResult = z.object({ matched: z.number().int(), unmatched: z.number().int() })

export const PublicIncomeCategory = z.enum(PUBLIC_INCOME_CATEGORIES)
export const RecordPublicIncomeRequest = z.object({
  category: PublicIncomeCategory,
  amountFen: AmountFen.positive(),
  counterparty: z.string().trim().min(2).max(80),
  memo: z.string().trim().max(200).default(''),
  valueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
  reference: z.string().trim().min(1).max(64).optional(),
  evidence: z.array(Evidence).max(10).default([]),
  idempotencyKey: IdempotencyKey,
})

export const PublicIncomeYear = z.object({
  year: z.number().int(),
  basisPoints: z.number().int(),
  fundTopUpWhenBelowFen: Fen.nullable(),
  months: z.array(z.object({ month: LedgerMonth, byCategory: z.array(CategoryTotal), totalFen: Fen, toFundFen: Fen })),
  /** What the public-income ledger holds now (after month closes moved income into it). */
  ledgerBalanceFen: Fen,
  maintenanceFundFen: Fen,
})

export const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) })

export const PutBudgetRequest = z.object({
  lines: z
    .array(z.object({ category: ExpenseCategory, annualFen: AmountFen.nonnegative() }))
    .min(1)
    .refine((lines) => new Set(lines.map((l) => l.category)).size === lines.length, '每个科目只能出现一次'),
  reason: z.string().trim().min(1).max(200),
})

export const BudgetView = z.object({
  year: z.number().int(),
  lines: z.array(BudgetLine),
  version: z.number().int().nonnegative(),
  approvedBy: Id.optional(),
  approvedAt: IsoTime.optional(),
  month: LedgerMonth,
  vsActual: z.array(BudgetVsActualLine),
})

export const MonthCloseResult = z.object({
  month: LedgerMonth,
  alreadyClosed: z.boolean(),
  feesCollectedFen: Fen,
  remunerationFen: Fen,
  publicIncomeFen: Fen,
  topUpFen: Fen,
  seqs: z.array(z.number().int().positive()),
})
export type MonthCloseResult = z.infer<typeof MonthCloseResult>

export const OpeningBalanceRequest = z.object({
  legs: z.array(JournalLeg).min(2).max(50),
  memo: z.string().trim().min(1).max(200),
})

export const ChainQuery = z.object({
  afterSeq: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
})

export const ChainPage = z.object({
  entries: z.array(JournalEntry),
  /** Pass as `afterSeq` for the next page; null on the last. */
  nextAfterSeq: z.number().int().nullable(),
  head: LedgerCheckpoint,
  /** The running balances kept with the head, for a verifier to compare with its own recomputation. */
  balances: z.array(z.object({ account: AccountCode, amountFen: Fen })),
})
export type ChainPage = z.infer<typeof ChainPage>

export const LedgerCsvExport = z.object({ filename: z.string(), csv: z.string() })

export const ExportQuery = z.object({ period: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'YYYY-MM or YYYY') })
