// Journal entries (DOMAIN F2, F3, F5): the author's draft, the chained entry, its evidence and the owners' view.
import { z } from 'zod'
import { AmountFen, Fen, Id, IsoTime } from '../common'
import { AccountCode, ExpenseCategory, IncomeCategory } from './accounts'
import { cursorOf, pageLimit } from '../paging'

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
  'project_contribution',
  'project_expense',
  'project_refund',
  'period_close',
  'reversal',
  'street_income',
  'street_grant',
])
export type EntryKind = z.infer<typeof EntryKind>

export const JournalLeg = z.object({
  account: AccountCode,
  amountFen: AmountFen.refine((n) => n !== 0, '金额不能为 0'),
})
export type JournalLeg = z.infer<typeof JournalLeg>

export const LedgerHash = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制哈希')

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
  valueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）')
    .optional(),
})
export type JournalEntryDraft = z.infer<typeof JournalEntryDraft>

export const JournalEntry = JournalEntryDraft.extend({
  /** 1 for the first entry of a compound, then contiguous. */
  seq: z.number().int().positive().safe(),
  prevHash: LedgerHash,
  hash: LedgerHash,
})
export type JournalEntry = z.infer<typeof JournalEntry>

export const LedgerMonth = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, '应为年月（YYYY-MM）')
export type LedgerMonth = z.infer<typeof LedgerMonth>

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

export const LedgerLegView = z.object({ account: AccountCode, name: z.string(), amountFen: Fen })

/** One entry as an owner reads it (F5): amounts, category, counterparty organisation, evidence. */
export const LedgerLine = z.object({
  seq: z.number().int().positive().safe(),
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
  reversedBy: z.number().int().positive().safe().optional(),
  /** On a reversal: the seq of the entry it cancels, so each links to the other (F10). */
  reversesSeq: z.number().int().positive().safe().optional(),
  hash: LedgerHash,
})
export type LedgerLine = z.infer<typeof LedgerLine>

/** Lines of a month a page: a phone screen's worth by default. */
export const LEDGER_LINES_PAGE = { phone: 30, most: 100 } as const

/**
 * A month's lines a page at a time, in seq order (`order=newest`: newest first, as the phone shows them);
 * `cursor` is the previous page's `nextCursor`, asked in the same order.
 */
export const LedgerLineQuery = z.object({
  month: LedgerMonth.optional(),
  /** An income or an expense category. */
  category: z.union([IncomeCategory, ExpenseCategory]).optional(),
  kind: EntryKind.optional(),
  order: z.enum(['oldest', 'newest']).default('oldest'),
  cursor: cursorOf(/^E#\d{10}$/).optional(),
  limit: pageLimit(LEDGER_LINES_PAGE.phone, LEDGER_LINES_PAGE.most),
})

export const OpeningBalanceRequest = z.object({
  legs: z.array(JournalLeg).min(2).max(50),
  memo: z.string().trim().min(1).max(200),
})
