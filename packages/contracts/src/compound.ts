import { z } from 'zod'
import { AreaCentiSqm, Fen, Id, IsoTime, MAX_AMOUNT_FEN, Role, daysUpTo, minutesUpTo } from './common'

/** Where a unit's area figure came from (DOMAIN V4): registered, else surveyed, else contract. */
export const AreaSource = z.enum(['registered', 'surveyed', 'contract'])
export type AreaSource = z.infer<typeof AreaSource>

export const UnitStatus = z.enum(['owned', 'developer_unsold', 'undelivered'])
export type UnitStatus = z.infer<typeof UnitStatus>

export const UnitKind = z.enum(['residential', 'commercial', 'parking'])

export const Building = z.object({
  buildingId: Id,
  name: z.string().min(1).max(40),
  gridId: Id.optional(),
})
export type Building = z.infer<typeof Building>

export const Unit = z.object({
  unitId: Id,
  buildingId: Id,
  /** Human label such as `3-2-502` (building-entrance-room). */
  label: z.string().min(1).max(40),
  kind: UnitKind,
  status: UnitStatus,
  /** Exclusive area used for votes and bills, in hundredths of m². */
  area: AreaCentiSqm,
  areaSource: AreaSource,
  registeredArea: AreaCentiSqm.optional(),
  surveyedArea: AreaCentiSqm.optional(),
  contractArea: AreaCentiSqm.optional(),
})
export type Unit = z.infer<typeof Unit>

export const OwnerKind = z.enum(['person', 'organisation'])

export const Owner = z.object({
  ownerId: Id,
  kind: OwnerKind,
  name: z.string().min(1).max(60),
  phone: z.string().max(20).optional(),
  /** The developer (开发商) holding unsold units counts as one head (DOMAIN V3). */
  isDeveloper: z.boolean(),
})
export type Owner = z.infer<typeof Owner>

/** Links an owner to a unit. Co-owners of one unit name exactly one voter (DOMAIN V3). */
export const Ownership = z.object({
  unitId: Id,
  ownerId: Id,
  isVoter: z.boolean(),
})
export type Ownership = z.infer<typeof Ownership>

export const Grid = z.object({
  gridId: Id,
  name: z.string().min(1).max(40),
  buildingIds: z.array(Id),
})
export type Grid = z.infer<typeof Grid>

export const SlaRule = z.object({
  category: z.string().min(1).max(40),
  priority: z.enum(['life_safety', 'urgent', 'normal', 'complaint']),
  respondMinutes: minutesUpTo(90),
  onSiteMinutes: minutesUpTo(90),
  resolveMinutes: minutesUpTo(90),
  clock: z.enum(['calendar', 'working']),
})
export type SlaRule = z.infer<typeof SlaRule>

/** Feedback classes of Beijing 接诉即办 practice: risk to life or property, utilities, general, complex. */
export const EscalationClass = z.enum(['life_property', 'utilities', 'general', 'complex'])
export type EscalationClass = z.infer<typeof EscalationClass>

/** Which class a ticket falls in: the first row whose category and priority (each optional) match; else general. */
export const EscalationClassRule = z.object({
  category: z.string().min(1).max(40).optional(),
  priority: SlaRule.shape.priority.optional(),
  class: EscalationClass,
})
export type EscalationClassRule = z.infer<typeof EscalationClassRule>

/** The receiver's clock, a compound setting: sign within `signMinutes`, feedback within the class's minutes. */
export const EscalationSla = z.object({
  signMinutes: minutesUpTo(90),
  feedbackMinutes: z.object({
    life_property: minutesUpTo(90),
    utilities: minutesUpTo(90),
    general: minutesUpTo(90),
    complex: minutesUpTo(90),
  }),
  classes: z.array(EscalationClassRule).max(50),
})
export type EscalationSla = z.infer<typeof EscalationSla>

export const TicketCategory = z.object({
  id: Id,
  name: z.string().min(1).max(20),
  /** 四事分流 bucket the category normally falls in (DOMAIN T4). */
  triage: z.enum(['resident', 'property', 'community', 'joint']),
  /** A fix in this category may be declared without an after-photo (DOMAIN T10: an answer, advice, noise). */
  photoWaived: z.boolean().optional(),
})

/** A fee rate per m² and month: never negative, and at most ¥1,000 (far above any real one). */
const RatePerSqmFen = Fen.min(0, '费率不能为负数').max(100_000, '费率过高：每平方米每月不超过 1000 元')

export const FeeModel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lump_sum'), ratePerSqmFen: RatePerSqmFen }),
  z.object({
    kind: z.enum(['commission', 'trust']),
    ratePerSqmFen: RatePerSqmFen,
    remuneration: z.discriminatedUnion('basis', [
      z.object({ basis: z.literal('percent_of_income'), basisPoints: z.number().int().min(0).max(10000) }),
      z.object({
        basis: z.literal('fixed_per_month'),
        fen: Fen.min(0, '酬金不能为负数').max(MAX_AMOUNT_FEN, '金额过大：单笔不能超过 10 亿元'),
      }),
    ]),
  }),
])
export type FeeModel = z.infer<typeof FeeModel>

/** Rules that vary by city (DOMAIN preface): the code default follows the national rule. */
export const CityProfile = z.object({
  city: z.string().min(1).max(20),
  noticeDays: daysUpTo(90).default(15),
  temporaryMeetingNoticeDays: daysUpTo(90).default(7),
  votingWindowMinDays: daysUpTo(365).default(5),
  votingWindowMaxDays: daysUpTo(365).default(60),
  /** 从众: only when the assembly rules say so, with the clause cited (DOMAIN V8). */
  followMajority: z.object({ enabled: z.boolean(), clause: z.string().max(200).optional() }),
  /** Cities that require the counted vote on a government platform (DOMAIN V12). */
  governmentPlatformUrl: z.string().url().optional(),
  parkingAreaCounts: z.boolean().default(false),
  /** Share of public income moved to the maintenance fund when it is low (DOMAIN F6), in basis points. */
  publicIncomeToFundBasisPoints: z.number().int().min(0).max(10000).default(0),
  disclosureFrequencyDays: daysUpTo(366).default(90),
})
export type CityProfile = z.infer<typeof CityProfile>

export const CompoundSettings = z.object({
  cityProfile: CityProfile,
  slaTable: z.array(SlaRule),
  ticketCategories: z.array(TicketCategory),
  feeModel: FeeModel,
  maxOpenTicketsPerWorker: z.number().int().min(1).max(1_000, '每人最多 1000 个未完成工单'),
  claimTimeoutMinutes: minutesUpTo(7),
  reopenWindowDays: daysUpTo(365),
  /** At most N principals per proxy (DOMAIN V6, default 3). */
  proxyCap: z.number().int().min(1).max(100, '每位代理人最多代理 100 人'),
  allowVoteChange: z.boolean(),
  namedBallots: z.boolean(),
  /** Objection window after a vote's preliminary result, from the assembly rules (DOMAIN V10); 0 = none. */
  objectionWindowDays: z.number().int().min(0).max(30).optional(),
  /** Prefix of ticket numbers (DOMAIN T11, `HX` in `HX-20261202-007`); derived from the compound id when absent. */
  ticketPrefix: z
    .string()
    .regex(/^[A-Z]{1,4}$/, '编号前缀为 1–4 个大写字母')
    .optional(),
  /** The receiver's clock on escalated tickets (DOMAIN T12); absent = the national defaults of the domain. */
  escalationSla: EscalationSla.optional(),
})
export type CompoundSettings = z.infer<typeof CompoundSettings>

/** One saved change of the settings (DOMAIN: every change logged with who and why), newest first in the log. */
export const SettingsChange = z.object({
  changeId: Id,
  at: IsoTime,
  actorId: Id,
  actorName: z.string(),
  reason: z.string(),
  /** What changed, in words (`从众：关闭 → 开启`), from the domain's `describeSettingsChange`. */
  changes: z.array(z.string()),
})
export type SettingsChange = z.infer<typeof SettingsChange>

export const Compound = z.object({
  compoundId: Id,
  /** The community (社区) whose admins run the compound; absent on compounds made before communities existed. */
  communityId: Id.optional(),
  name: z.string().min(1).max(40),
  street: z.string().min(1).max(40),
  community: z.string().min(1).max(40),
  address: z.string().max(120),
  settings: CompoundSettings,
  createdAt: IsoTime,
})
export type Compound = z.infer<typeof Compound>

export const CompoundSummary = Compound.pick({ compoundId: true, name: true, street: true, community: true })
export type CompoundSummary = z.infer<typeof CompoundSummary>

/** A calendar day in Shanghai, `YYYY-MM-DD`. */
export const CalendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/** Where a committee member's role came from (DOMAIN G1): an election result or the street's filing (备案). */
export const CommitteeSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('election'), meetingId: Id, motionId: Id }),
  z.object({ kind: z.literal('filing'), filingId: Id, documentKey: z.string() }),
])

/** The committee role's source and term; the role lapses after `termEnd` (DOMAIN G1). */
export const CommitteeTerm = z.object({
  source: CommitteeSource,
  termStart: CalendarDay,
  termEnd: CalendarDay,
})
export type CommitteeTerm = z.infer<typeof CommitteeTerm>

export const Membership = z.object({
  compoundId: Id,
  compoundName: z.string(),
  roles: z.array(Role),
  gridIds: z.array(Id),
  /** Set once an owner binding is approved (DOMAIN V13). */
  ownerId: Id.optional(),
  unitIds: z.array(Id),
  /** Present when the person holds `committee_member`: from which election or filing, and for which term. */
  committee: CommitteeTerm.optional(),
})
export type Membership = z.infer<typeof Membership>

export const MemberView = z.object({
  userId: Id,
  displayName: z.string(),
  roles: z.array(Role),
  gridIds: z.array(Id),
  committee: CommitteeTerm.optional(),
})
export type MemberView = z.infer<typeof MemberView>

/**
 * The version of the privacy guide (《家园隐私保护指引》) the mini-app shows before joining (DOMAIN W3). A join
 * names the version agreed to, and the API records it; a new version means agreeing again.
 */
export const PRIVACY_GUIDE_VERSION = '2026-12-02'

export const JoinCompoundRequest = z.object({
  privacyGuideVersion: z.literal(PRIVACY_GUIDE_VERSION, {
    errorMap: () => ({ message: '请先阅读并同意最新的《家园隐私保护指引》' }),
  }),
})
