import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime, Role } from './common'
import { CalendarDay, CompoundSummary, FeeModel, Membership } from './compound'

const Name = (max: number, label: string) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`)

/** 社区: the level above compounds; its admins create and set up the compounds in it (DESIGN roles). */
export const Community = z.object({
  communityId: Id,
  name: z.string(),
  /** 街道 */
  street: z.string(),
  /** 区 */
  district: z.string(),
  createdAt: IsoTime,
})
export type Community = z.infer<typeof Community>

export const CommunityCreate = z.object({
  name: Name(40, '社区名称'),
  street: Name(40, '所属街道'),
  district: Name(40, '所属区'),
  idempotencyKey: IdempotencyKey,
})

/** A compound as created: its community comes from the path, the street from the community (one street each). */
export const CompoundCreate = z.object({
  name: Name(40, '小区名称'),
  address: Name(120, '地址'),
  /** The city whose profile the settings start from (DOMAIN preface); the national default when not one we know. */
  city: Name(20, '城市'),
  feeModel: FeeModel,
  idempotencyKey: IdempotencyKey,
})

export const CommunityWithCompounds = z.object({ community: Community, compounds: z.array(CompoundSummary) })

/** What an invite grants: staff or grid roles in one compound, or the admin role of a community. */
export const InviteGrant = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('compound'),
    compoundId: Id,
    compoundName: z.string(),
    roles: z.array(z.enum(['property_staff', 'grid_worker'])).min(1, '请选择角色'),
    gridIds: z.array(Id),
  }),
  z.object({ kind: z.literal('community'), communityId: Id, communityName: z.string() }),
  /** The bootstrap platform admin of a deployment (scripts/bootstrap-admin.ts prints it once). */
  z.object({ kind: z.literal('platform') }),
])
export type InviteGrant = z.infer<typeof InviteGrant>

/** An invite code: single use, with an expiry; the invitee redeems it after logging in. */
export const InviteCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-9]{8}$/, '邀请码是 8 位字母或数字')

/** A community admin's membership of a community (compound-level roles stay in `Membership`). */
export const CommunityMembership = z.object({ communityId: Id, communityName: z.string() })
export type CommunityMembership = z.infer<typeof CommunityMembership>

export const Invite = z.object({
  code: z.string(),
  grant: InviteGrant,
  /** Who the invite is for, as the inviter wrote it (shown to the invitee and in the list). */
  note: z.string(),
  createdBy: Id,
  createdAt: IsoTime,
  expiresAt: IsoTime,
  status: z.enum(['open', 'used', 'expired']),
  usedBy: Id.optional(),
  usedAt: IsoTime.optional(),
})
export type Invite = z.infer<typeof Invite>

const ValidDays = z.number().int().min(1, '有效期至少 1 天').max(30, '有效期最多 30 天').default(7)
const Note = z.string().trim().min(1, '请写明邀请谁（如：物业 张师傅）').max(40, '备注最多 40 个字')

export const CompoundInviteRequest = z.object({
  roles: z
    .array(z.enum(['property_staff', 'grid_worker']))
    .min(1, '请选择角色')
    .max(2, '最多两个角色'),
  gridIds: z.array(Id).max(50, '一次最多 50 个网格').default([]),
  note: Note,
  validDays: ValidDays,
})

export const CommunityInviteRequest = z.object({ note: Note, validDays: ValidDays })

export const InviteParams = z.object({ code: InviteCode })

export const InviteAccepted = z.object({ invite: Invite, memberships: z.array(Membership) })

const TermDays = { termStart: CalendarDay, termEnd: CalendarDay }
const Members = z.array(Id).min(1, '请选择委员').max(15, '一次最多 15 位委员')

export const CommitteeFilingRequest = z.object({
  userIds: Members,
  /** The filing document (备案回执), uploaded first with purpose `filing_document`. */
  documentKey: z.string().min(1, '请上传备案文件').max(300),
  ...TermDays,
  reason: z.string().trim().min(1, '请填写说明').max(200),
})

export const CommitteeElectionRequest = z.object({
  meetingId: Id,
  motionId: Id,
  userIds: Members,
  ...TermDays,
  reason: z.string().trim().min(1, '请填写说明').max(200),
})

/** A passed type-3 motion (选举业主委员会) with a final result: what an election grant may cite. */
export const ElectionResult = z.object({
  meetingId: Id,
  motionId: Id,
  meetingTitle: z.string(),
  motionTitle: z.string(),
  finalAt: IsoTime.optional(),
})

/** One line of the role log: who changed whose roles, when and why (kept for the community admin). */
export const RoleLogEntry = z.object({
  at: IsoTime,
  actorId: Id,
  actorName: z.string(),
  subjectId: Id,
  subjectName: z.string(),
  action: z.enum(['roles_set', 'invite_accepted', 'committee_granted']),
  before: z.array(Role),
  after: z.array(Role),
  reason: z.string(),
})
export type RoleLogEntry = z.infer<typeof RoleLogEntry>
