import { z } from 'zod'
import { MatterType } from './assembly'
import { AreaCentiSqm, Fen, Id, IsoTime } from './common'

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
 * Account code grammar. Building and unit ids follow `Id`, so the public-income ledger lives under its own
 * `ledger:` prefix: `fund:public_income` could collide with a building whose id is `public_income`.
 */
export const ACCOUNT_CODE_PATTERN = new RegExp(
  '^(?:asset:bank' +
    `|receivable:${ID_PART}` +
    `|income:(?:${IncomeCategory.options.join('|')})` +
    `|expense:(?:${ExpenseCategory.options.join('|')})` +
    `|fund:${ID_PART}` +
    '|ledger:public_income)$',
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
  amountFen: Fen.refine((n) => n !== 0, 'a leg of zero fen says nothing'),
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
  /** Upload keys of the evidence: invoice, contract, acceptance record, bank receipt (F3). */
  attachments: z.array(z.string().min(1).max(256)).max(20).optional(),
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
})

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
  approvalsRequired: z.number().int().min(1),
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
