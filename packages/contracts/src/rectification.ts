import { z } from 'zod'
import { CompoundParams, Id, IdempotencyKey, IsoTime, MAX_COUNTER, Version } from './common'
import { CompanyColour, FigureBand } from './street-figures'

/**
 * Rectification notices (整改通知单, DOMAIN S3): the street or the community tells a property company to put
 * something right in a compound, with evidence and a deadline; the company replies with after-photos; the
 * issuing side re-inspects (回头看); a missed deadline earns a yellow card, then a red card, then an interview
 * (约谈). The property company is one organisation across its compounds (its users see all of them).
 */

/** A property company as an organisation: the compounds it serves are linked to it by street or community. */
export const PropertyCompany = z.object({ companyId: Id, name: z.string().min(1).max(60) })
export type PropertyCompany = z.infer<typeof PropertyCompany>

/** A company user's membership (物业企业账号), in the session like a street's. */
export const CompanyMembership = z.object({ companyId: Id, companyName: z.string() })
export type CompanyMembership = z.infer<typeof CompanyMembership>

export const CompanyParams = z.object({ companyId: Id })
export const NoticeParams = CompoundParams.extend({ noticeId: Id })
export type NoticeParams = z.infer<typeof NoticeParams>

export const RectCategory = z.enum(['fire_safety', 'facility', 'hygiene', 'greening', 'security', 'service', 'other'])
export type RectCategory = z.infer<typeof RectCategory>
export const RECT_CATEGORY_LABEL: Record<RectCategory, string> = {
  fire_safety: '消防安全',
  facility: '设施设备',
  hygiene: '环境卫生',
  greening: '绿化养护',
  security: '秩序安保',
  service: '服务态度',
  other: '其他',
}

/** Life and safety: 24 hours; anything else: 7 to 30 days, chosen by the issuer. */
export const RectSeverity = z.enum(['life_safety', 'general'])
export type RectSeverity = z.infer<typeof RectSeverity>
export const RECT_SEVERITY_LABEL: Record<RectSeverity, string> = { life_safety: '涉及生命安全', general: '一般' }
export const RECT_DAYS_MIN = 7
export const RECT_DAYS_MAX = 30
/** Photos on a notice: the evidence, or the company's after-photos of one reply. */
export const RECT_PHOTOS_MAX = 6

/** Escalation when a deadline is missed, in order. */
export const RectCard = z.enum(['yellow', 'red', 'interview'])
export type RectCard = z.infer<typeof RectCard>
export const RECT_CARD_LABEL: Record<RectCard, string> = { yellow: '黄牌', red: '红牌', interview: '约谈' }

/** open: the company owes a reply (also after a failed re-inspection); replied: awaiting 回头看; closed: passed. */
export const RectStatus = z.enum(['open', 'replied', 'closed'])
export type RectStatus = z.infer<typeof RectStatus>
export const RECT_STATUS_LABEL: Record<RectStatus, string> = { open: '待整改', replied: '待回头看', closed: '已通过' }

export const RectFilter = z.enum(['open', 'overdue', 'closed', 'all'])
export type RectFilter = z.infer<typeof RectFilter>

const PhotoKey = z.string().min(1).max(300)
const Days = z
  .number({ invalid_type_error: '整改期限须是天数' })
  .int('整改期限须是整天数')
  .min(RECT_DAYS_MIN, `整改期限至少 ${RECT_DAYS_MIN} 天`)
  .max(RECT_DAYS_MAX, `整改期限最多 ${RECT_DAYS_MAX} 天`)

/** One step of a notice's trail, oldest first. */
export const RectStep = z.object({
  kind: z.enum(['issued', 'replied', 'passed', 'failed', 'yellow', 'red', 'interview']),
  at: IsoTime,
  /** Who did it (a name; the sweep for cards). */
  by: z.string(),
  note: z.string().optional(),
  photoKeys: z.array(PhotoKey).optional(),
  /** The deadline set by this step (issued, failed), or the one that was missed (cards). */
  deadline: IsoTime.optional(),
})
export type RectStep = z.infer<typeof RectStep>

/** A resident's report attached as evidence: what and where, never who (DOMAIN P1, T6). */
export const RectTicketRef = z.object({
  ticketId: Id,
  number: z.string().optional(),
  description: z.string(),
  photoKeys: z.array(PhotoKey),
})
export type RectTicketRef = z.infer<typeof RectTicketRef>

export const RectIssuer = z.object({
  userId: Id,
  name: z.string(),
  /** 街道 or 社区, and its name: the side that re-inspects. */
  side: z.enum(['street', 'community']),
  orgName: z.string(),
})

export const RectificationNotice = z.object({
  noticeId: Id,
  compoundId: Id,
  compoundName: z.string(),
  companyId: Id,
  companyName: z.string(),
  streetId: Id.optional(),
  category: RectCategory,
  text: z.string(),
  severity: RectSeverity,
  evidenceKeys: z.array(PhotoKey).min(1),
  ticket: RectTicketRef.optional(),
  issuer: RectIssuer,
  issuedAt: IsoTime,
  deadline: IsoTime,
  status: RectStatus,
  /** The highest card given so far. */
  card: RectCard.optional(),
  /** Counted as overdue now (past its deadline without a reply). */
  overdue: z.boolean(),
  trail: z.array(RectStep),
  version: Version,
})
export type RectificationNotice = z.infer<typeof RectificationNotice>

/** A notice as a reader sees it: no user ids, photos as links; residents read free text with phones masked. */
export const RectificationView = RectificationNotice.omit({ issuer: true }).extend({
  issuer: RectIssuer.omit({ userId: true }),
  photoUrls: z.record(z.string()),
})
export type RectificationView = z.infer<typeof RectificationView>

export const RectificationList = z.object({
  notices: z.array(RectificationView.omit({ trail: true, photoUrls: true })),
  /** The company linked to the compound (compound lists) or the caller's company (the company's list). */
  company: PropertyCompany.nullable(),
  colour: CompanyColour.optional(),
})
export type RectificationList = z.infer<typeof RectificationList>
export type RectificationRow = RectificationList['notices'][number]

export const RectListQuery = z.object({ filter: RectFilter.default('all') })

export const IssueNoticeRequest = z
  .object({
    category: RectCategory,
    text: z.string().trim().min(4, '请写明要整改的事项（至少 4 个字）').max(500, '整改事项最多 500 字'),
    evidenceKeys: z
      .array(PhotoKey)
      .min(1, '请至少附一张现场照片')
      .max(RECT_PHOTOS_MAX, `最多 ${RECT_PHOTOS_MAX} 张照片`),
    ticketId: Id.optional(),
    severity: RectSeverity,
    /** Days to put it right (general only; life and safety is 24 hours). */
    days: Days.optional(),
    idempotencyKey: IdempotencyKey,
  })
  .superRefine((r, ctx) => {
    if (r.severity === 'general' && r.days === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: `请选择整改期限（${RECT_DAYS_MIN}–${RECT_DAYS_MAX} 天）`,
      })
    if (r.severity === 'life_safety' && r.days !== undefined)
      ctx.addIssue({ code: 'custom', path: ['days'], message: '涉及生命安全的整改期限固定为 24 小时' })
  })
export type IssueNoticeRequest = z.infer<typeof IssueNoticeRequest>

export const ReplyNoticeRequest = z.object({
  note: z.string().trim().min(2, '请写明整改情况').max(500, '整改说明最多 500 字'),
  photoKeys: z
    .array(PhotoKey)
    .min(1, '请至少附一张整改后的照片')
    .max(RECT_PHOTOS_MAX, `最多 ${RECT_PHOTOS_MAX} 张照片`),
  expectedVersion: Version,
})
export type ReplyNoticeRequest = z.infer<typeof ReplyNoticeRequest>

export const ReinspectRequest = z
  .object({
    passed: z.boolean(),
    note: z.string().trim().min(2, '请写明回头看的情况').max(500, '回头看说明最多 500 字'),
    /** A new deadline when it failed (general only; life and safety: 24 hours again). */
    days: Days.optional(),
    expectedVersion: Version,
  })
  .superRefine((r, ctx) => {
    if (r.passed && r.days !== undefined)
      ctx.addIssue({ code: 'custom', path: ['days'], message: '通过时不需要新的整改期限' })
  })
export type ReinspectRequest = z.infer<typeof ReinspectRequest>

/** Link a compound to its property company: an existing one by id, or a new one by name. */
export const SetCompanyRequest = z
  .object({
    companyId: Id.optional(),
    name: z.string().trim().min(2, '请填写物业企业名称').max(60, '企业名称最多 60 字').optional(),
    reason: z.string().trim().min(2, '请写明原因').max(200, '原因最多 200 字'),
  })
  .refine((r) => r.companyId !== undefined || r.name !== undefined, {
    path: ['name'],
    message: '请选择或填写物业企业',
  })
export type SetCompanyRequest = z.infer<typeof SetCompanyRequest>

export const CompoundCompany = z.object({
  current: PropertyCompany.nullable(),
  /** Companies already serving compounds of the same street, to choose from. */
  choices: z.array(PropertyCompany),
})
export type CompoundCompany = z.infer<typeof CompoundCompany>

/** The company's own desk: every compound's notices and its 四色 status. */
export const CompanyDesk = z.object({
  company: PropertyCompany,
  colour: CompanyColour,
  compounds: z.array(z.object({ compoundId: Id, name: z.string(), band: FigureBand.optional() })),
  notices: RectificationList.shape.notices,
})
export type CompanyDesk = z.infer<typeof CompanyDesk>

export const RectSweepRequest = z.object({ at: IsoTime, compoundId: Id.optional() })
const Tally = z.number().int().nonnegative().max(MAX_COUNTER)
export const RectSweepSummary = z.object({ notices: Tally, carded: Tally, errors: Tally })
export type RectSweepSummary = z.infer<typeof RectSweepSummary>
