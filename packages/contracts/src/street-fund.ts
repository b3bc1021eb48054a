import { z } from 'zod'
import { AmountFen, Fen, Id, IdempotencyKey, IsoTime } from './common'
import { Evidence, EvidenceView, LedgerHash } from './ledger/entries'

/**
 * The street's 美好家园 fund (DOMAIN S4): its own double-entry, hash-chained ledger (F2, F10), income from the
 * district and donors, and grants to compounds' improvement projects (S1) or matches for crowdfunded projects
 * (F13), each proposed by one street user and approved by another (F3).
 */

/** How the fund is named wherever its money shows, on its own pages and on a compound's project. */
export const STREET_FUND_NAME = '美好家园基金'

export const FundIncomeSource = z.enum(['allocation', 'donation'])
export type FundIncomeSource = z.infer<typeof FundIncomeSource>
export const FUND_INCOME_LABEL: Record<FundIncomeSource, string> = { allocation: '区级拨款', donation: '社会捐赠' }

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
const Amount = AmountFen.positive('金额须大于 0')

export const FundIncomeRequest = z.object({
  source: FundIncomeSource,
  amountFen: Amount,
  /** The paying organisation (a district office, a company, a foundation); never a person's name (P1). */
  counterparty: z.string().trim().min(2, '请填写付款单位').max(80, '付款单位不超过 80 字'),
  valueDate: Day,
  memo: z.string().trim().max(200, '说明不超过 200 字').default(''),
  evidence: z.array(Evidence).min(1, '请附到账凭证').max(10, '凭证最多 10 份'),
  idempotencyKey: IdempotencyKey,
})
export type FundIncomeRequest = z.infer<typeof FundIncomeRequest>

/** What a grant pays for: a compound's improvement project (S1) or the match of a crowdfunded project (F13). */
export const GrantTarget = z.object({
  kind: z.enum(['improvement', 'crowdfund']),
  compoundId: Id,
  projectId: Id,
})
export type GrantTarget = z.infer<typeof GrantTarget>

export const GrantProposal = z.object({
  target: GrantTarget,
  amountFen: Amount,
  memo: z.string().trim().min(1, '请写明拨付理由').max(200, '理由不超过 200 字'),
  evidence: z.array(Evidence).min(1, '请附申请材料').max(10, '凭证最多 10 份'),
  idempotencyKey: IdempotencyKey,
})
export type GrantProposal = z.infer<typeof GrantProposal>

export const GrantStatus = z.enum(['pending', 'approved'])
export type GrantStatus = z.infer<typeof GrantStatus>

export const FundGrant = z.object({
  grantId: Id,
  streetId: Id,
  target: GrantTarget,
  compoundName: z.string(),
  projectTitle: z.string(),
  amountFen: Fen,
  memo: z.string(),
  status: GrantStatus,
  proposedByName: z.string(),
  proposedAt: IsoTime,
  approvedByName: z.string().optional(),
  approvedAt: IsoTime.optional(),
  /** The fund's entry that paid it out. */
  streetSeq: z.number().int().positive().safe().optional(),
  /** A match's income entry on the compound's chain (F13), once it has landed there. */
  compoundSeq: z.number().int().positive().safe().optional(),
  evidence: z.array(EvidenceView),
})
export type FundGrant = z.infer<typeof FundGrant>

/** One line of the fund as anyone may read it: amount into (+) or out of (−) the fund, with its evidence. */
export const FundLine = z.object({
  seq: z.number().int().positive().safe(),
  postedAt: IsoTime,
  valueDate: z.string().optional(),
  kind: z.enum(['income', 'grant']),
  /** 区级拨款 / 社会捐赠 / 提升项目拨付 / 众筹配捐. */
  category: z.string(),
  memo: z.string(),
  counterparty: z.string().optional(),
  amountFen: Fen,
  evidence: z.array(EvidenceView),
  grantId: Id.optional(),
  hash: LedgerHash,
})
export type FundLine = z.infer<typeof FundLine>

export const StreetFundView = z.object({
  streetId: Id,
  streetName: z.string(),
  /** What the fund's bank account holds, derived from its chain. */
  balanceFen: Fen,
  /** Set aside for grants waiting for approval; they count against the balance. */
  pendingFen: Fen,
  /** What a new grant may still take: the balance less the pending grants. */
  availableFen: Fen,
  incomeFen: Fen,
  grantedFen: Fen,
  lines: z.array(FundLine),
  /** Approved grants for everyone; pending proposals too for the street's staff. */
  grants: z.array(FundGrant),
  /** Projects a grant may go to (street staff only; empty for residents). */
  targets: z.array(
    z.object({ target: GrantTarget, compoundName: z.string(), projectTitle: z.string(), budgetFen: Fen }),
  ),
  /** Whether the reader is the street's staff (sees proposals and may act). */
  staff: z.boolean(),
})
export type StreetFundView = z.infer<typeof StreetFundView>

export const GrantParams = z.object({ streetId: Id, grantId: Id })
export const ApproveGrantRequest = z.object({ note: z.string().trim().max(200, '说明不超过 200 字').optional() })
