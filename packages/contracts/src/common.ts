import { z } from 'zod'

/** Ids are short, URL-safe strings chosen by the server (or by the roll for units and owners). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '只能含字母、数字、“-”和“_”')

export const IsoTime = z.string().datetime({ offset: true })

/** Money is integer fen (分); never a float. */
export const Fen = z.number().int().safe()

/**
 * The largest amount one posting, payment or budget line may carry: ¥10 亿. Far above any compound's real
 * money, and small enough that running balances stay exact integers (the ledger also bounds the balances).
 */
export const MAX_AMOUNT_FEN = 100_000_000_000

/** An amount a person enters: integer fen within ±MAX_AMOUNT_FEN, refused with the field named otherwise. */
export const AmountFen = Fen.min(-MAX_AMOUNT_FEN, '金额过大：单笔不能超过 10 亿元').max(
  MAX_AMOUNT_FEN,
  '金额过大：单笔不能超过 10 亿元',
)

/**
 * Bounded integers (issue 15: SLA minutes of 1e15 reached `Date` and a version above 2^53 reached DynamoDB, each
 * answered 500). Every number in a contract has a domain maximum; `bounded-numbers.test.ts` walks them all.
 */
/** A count the server reports (rows, votes, unread messages): a non-negative safe integer. */
export const Count = z.number().int().safe().nonnegative().safe()

/** Versions, revisions and ledger sequence numbers stop at 10^9: far beyond any compound's history. */
export const MAX_COUNTER = 1_000_000_000

/** A version or revision the editor read (0 before the first save); a stale one is answered 409. */
export const Version = z.number().int().safe().nonnegative().max(MAX_COUNTER, '版本号不对，请刷新后重试')

/** A ledger entry's sequence number (1 is the first). */
export const Seq = z.number().int().safe().positive().max(MAX_COUNTER, '序号不存在')

/** Whole days a compound sets (notice, reopen window), from 1 to `max`. */
export const daysUpTo = (max: number) => z.number().int().min(1).max(max, `不能超过 ${max} 天`)

/** Whole minutes of a clock a compound sets (an SLA, a claim timeout), from 1 minute to `maxDays` days. */
export const minutesUpTo = (maxDays: number) =>
  z
    .number()
    .int()
    .min(1)
    .max(maxDays * 24 * 60, `不能超过 ${maxDays} 天（${maxDays * 24 * 60} 分钟）`)

/** Floor area is integer hundredths of a square metre. */
export const AreaCentiSqm = z.number().int().safe().nonnegative().safe()

export const Role = z.enum([
  'resident',
  'owner',
  'grid_worker',
  'property_staff',
  'committee_member',
  'community_admin',
])
export type Role = z.infer<typeof Role>

/**
 * The roles of people who serve a compound rather than live in it. A membership holding any of them is also kept
 * in the compound's staff index, so those told of a report or a sweep are found without reading every resident.
 */
export const STAFF_ROLES: readonly Role[] = ['grid_worker', 'property_staff', 'committee_member', 'community_admin']

export const ROLE_LABEL: Record<Role, string> = {
  resident: '住户',
  owner: '业主',
  grid_worker: '网格员',
  property_staff: '物业',
  committee_member: '业委会委员',
  community_admin: '社区管理员',
}

/** The one error shape every endpoint answers with (DESIGN.md, "Errors"). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

export const FieldIssue = z.object({ field: z.string(), message: z.string() })
export type FieldIssue = z.infer<typeof FieldIssue>

export const CompoundParams = z.object({ compoundId: Id })

/** Every create accepts an idempotency key so a retried request does not create twice. */
export const IdempotencyKey = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/)

export const Ok = z.object({ ok: z.literal(true) })

/** One bad row of an imported CSV file: its spreadsheet row number (the header is row 1), column and reason. */
export const CsvRowError = z.object({
  row: z.number().int().positive().safe(),
  column: z.string().optional(),
  message: z.string(),
})
export type CsvRowError = z.infer<typeof CsvRowError>
