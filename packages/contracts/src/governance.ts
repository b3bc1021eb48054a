import { z } from 'zod'
import { CompoundParams, Id, IdempotencyKey, IsoTime, Version } from './common'
import { CalendarDay, CommitteeSource, FeeModel } from './compound'

/**
 * Joint governance (三驾马车, DOMAIN G1–G3): the compound's three parties on record, their joint meetings
 * (三方 in the compound, 四方 with the community) and the decisions those meetings make, tracked to done.
 */
export const JointParty = z.enum(['party_branch', 'committee', 'property', 'community'])
export type JointParty = z.infer<typeof JointParty>

export const JOINT_PARTY_LABEL: Record<JointParty, string> = {
  party_branch: '党支部',
  committee: '业委会',
  property: '物业公司',
  community: '社区',
}

const PersonName = z.string().trim().min(1, '请填写姓名').max(20, '姓名不超过 20 字')

/** A Party member; `post` is the 先锋岗 they hold, if listed; `userId` when the person uses the app here. */
export const PartyBranchMember = z.object({
  name: PersonName,
  userId: Id.optional(),
  post: z.string().trim().max(30, '先锋岗不超过 30 字').optional(),
})
export type PartyBranchMember = z.infer<typeof PartyBranchMember>

export const PartyBranchRecord = z.object({
  name: z.string().trim().min(1, '请填写党支部名称').max(40, '名称不超过 40 字'),
  /** The secretary confirms joint-meeting minutes for the branch when they use the app (userId). */
  secretary: PartyBranchMember,
  members: z.array(PartyBranchMember).max(100, '党员名单不超过 100 人'),
})
export type PartyBranchRecord = z.infer<typeof PartyBranchRecord>

/** The property company; the fee model is the compound's setting (F1), shown beside it, not typed twice. */
export const PropertyCompanyRecord = z
  .object({
    name: z.string().trim().min(1, '请填写物业公司名称').max(60, '名称不超过 60 字'),
    contractStart: CalendarDay,
    contractEnd: CalendarDay,
    workPhone: z.string().trim().max(20).optional(),
  })
  .refine((r) => r.contractEnd > r.contractStart, {
    path: ['contractEnd'],
    message: '合同结束日期应晚于开始日期',
  })
export type PropertyCompanyRecord = z.infer<typeof PropertyCompanyRecord>

const Reason = z.string().trim().min(1, '请写明修改原因').max(200, '原因不超过 200 字')

export const SavePartyBranchRequest = z.object({ record: PartyBranchRecord, reason: Reason, expectedVersion: Version })
export const SaveCompanyRequest = z.object({ record: PropertyCompanyRecord, reason: Reason, expectedVersion: Version })
export type SavePartyBranchRequest = z.infer<typeof SavePartyBranchRequest>
export type SaveCompanyRequest = z.infer<typeof SaveCompanyRequest>

/** One kept version of a record: versions are appended, never overwritten (history kept). */
const Versioned = z.object({
  version: z.number().int().positive().safe(),
  at: IsoTime,
  byName: z.string(),
  reason: z.string(),
})
export const PartyBranchVersion = Versioned.extend({ record: PartyBranchRecord })
export const CompanyVersion = Versioned.extend({ record: PropertyCompanyRecord })
export type CompanyVersion = z.infer<typeof CompanyVersion>
export type PartyBranchVersion = z.infer<typeof PartyBranchVersion>

export const CommitteeOnRecord = z.object({
  members: z.array(
    z.object({
      userId: Id,
      displayName: z.string(),
      /** Absent for a member whose role predates recording its election or filing. */
      termStart: CalendarDay.optional(),
      termEnd: CalendarDay.optional(),
      source: CommitteeSource.optional(),
    }),
  ),
  /** The election results and filings (备案) that made committee members, as recorded (G1). */
  records: z.array(
    z.object({
      kind: z.enum(['election', 'filing']),
      title: z.string(),
      termStart: CalendarDay,
      termEnd: CalendarDay,
      at: IsoTime,
      memberNames: z.array(z.string()),
    }),
  ),
})

export const ThreeParties = z.object({
  partyBranch: z.object({ current: PartyBranchVersion.nullable(), history: z.array(PartyBranchVersion) }),
  committee: CommitteeOnRecord,
  company: z.object({
    current: CompanyVersion.nullable(),
    history: z.array(CompanyVersion),
    feeModel: FeeModel.nullable(),
  }),
})
export type ThreeParties = z.infer<typeof ThreeParties>

// ---------------------------------------------------------------- joint meetings (G2)

/** 三方: the compound's three parties; 四方: with the community. */
export const JointMeetingKind = z.enum(['three', 'four'])
export type JointMeetingKind = z.infer<typeof JointMeetingKind>
export const JOINT_KIND_LABEL: Record<JointMeetingKind, string> = { three: '三方联席会议', four: '四方联席会议' }

/** Where an agenda item came from; each drafted item links to its source. */
export const AgendaSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('previous_minutes'), meetingId: Id.optional() }),
  z.object({ kind: z.literal('escalation'), ticketId: Id }),
  z.object({ kind: z.literal('overdue_ticket'), ticketId: Id }),
  z.object({ kind: z.literal('objection'), objectionId: Id }),
  z.object({ kind: z.literal('rating'), quarter: z.string().max(8) }),
  z.object({ kind: z.literal('proposal'), proposalId: Id }),
  z.object({ kind: z.literal('manual') }),
])
export type AgendaSource = z.infer<typeof AgendaSource>

export const AgendaItem = z.object({
  itemId: Id,
  title: z.string().trim().min(1, '请填写议题').max(80, '议题不超过 80 字'),
  detail: z.string().trim().max(300, '说明不超过 300 字').optional(),
  source: AgendaSource,
})
export type AgendaItem = z.infer<typeof AgendaItem>

export const Attendee = z.object({ party: JointParty, name: PersonName })
export type Attendee = z.infer<typeof Attendee>

export const ScheduleJointMeetingRequest = z.object({
  kind: JointMeetingKind,
  title: z.string().trim().min(1, '请填写会议名称').max(60, '名称不超过 60 字'),
  /** At least 3 days after now (G2), checked by the server's clock. */
  startsAt: IsoTime,
  place: z.string().trim().min(1, '请填写会议地点').max(60, '地点不超过 60 字'),
  attendees: z.array(Attendee).min(1, '请至少列出一位参会人').max(40),
  idempotencyKey: IdempotencyKey,
})
export type ScheduleJointMeetingRequest = z.infer<typeof ScheduleJointMeetingRequest>

export const EditAgendaRequest = z.object({
  /** The whole agenda in its new order; the first item (confirming the previous minutes) stays first. */
  items: z.array(AgendaItem).min(1).max(30, '议题不超过 30 项'),
  expectedRevision: Version,
})
export type EditAgendaRequest = z.infer<typeof EditAgendaRequest>

export const DecisionOwner = z.object({
  kind: z.enum(['party', 'person', 'department']),
  /** For `party`: which; the name is then the party's label. */
  party: JointParty.optional(),
  name: z.string().trim().min(1, '请填写负责方').max(40, '负责方不超过 40 字'),
})
export type DecisionOwner = z.infer<typeof DecisionOwner>

export const DECISION_OWNER_KIND_LABEL: Record<DecisionOwner['kind'], string> = {
  party: '一方',
  person: '个人',
  department: '部门',
}

export const DecisionDraft = z.object({
  decisionId: Id,
  title: z.string().trim().min(1, '请填写决定事项').max(120, '决定不超过 120 字'),
  owner: DecisionOwner,
  dueDate: CalendarDay,
  /** The agenda items and tickets the decision settles. */
  itemIds: z.array(Id).max(10),
  ticketIds: z.array(Id).max(5, '一项决定最多关联 5 张工单'),
})
export type DecisionDraft = z.infer<typeof DecisionDraft>

export const Minutes = z.object({
  attendance: z.array(Attendee.extend({ present: z.boolean() })).max(40),
  notes: z.array(z.object({ itemId: Id, text: z.string().trim().max(1000, '记录不超过 1000 字') })).max(30),
  decisions: z.array(DecisionDraft).max(8, '一次会议最多记录 8 项决定'),
})
export type Minutes = z.infer<typeof Minutes>

export const SaveMinutesRequest = Minutes.extend({ expectedRevision: Version })
export type SaveMinutesRequest = z.infer<typeof SaveMinutesRequest>

export const Confirmation = z.object({ party: JointParty, userId: Id, name: z.string(), at: IsoTime })
export const Addendum = z.object({ text: z.string(), byName: z.string(), at: IsoTime })

export const JointMeetingStatus = z.enum(['scheduled', 'locked'])

export const JointMeetingSummary = z.object({
  meetingId: Id,
  kind: JointMeetingKind,
  title: z.string(),
  startsAt: IsoTime,
  place: z.string(),
  status: JointMeetingStatus,
})
export type JointMeetingSummary = z.infer<typeof JointMeetingSummary>

export const JointMeetingView = JointMeetingSummary.extend({
  compoundId: Id,
  convenorName: z.string(),
  attendees: z.array(Attendee),
  agenda: z.array(AgendaItem),
  minutes: Minutes,
  /** The parties whose confirmation locks the minutes, and those who confirmed. */
  parties: z.array(JointParty),
  confirmations: z.array(Confirmation),
  addenda: z.array(Addendum),
  revision: z.number().int().nonnegative().safe(),
  /** The parties the caller speaks for here (what they may confirm); empty for a resident. */
  myParties: z.array(JointParty),
  lockedAt: IsoTime.optional(),
})
export type JointMeetingView = z.infer<typeof JointMeetingView>

export const JointMeetingParams = CompoundParams.extend({ meetingId: Id })

export const ConfirmMinutesRequest = z.object({ party: JointParty })
export const AddendumRequest = z.object({
  text: z.string().trim().min(1, '请填写更正内容').max(500, '更正不超过 500 字'),
})

export const ProposalRequest = z.object({
  title: z.string().trim().min(1, '请填写议题').max(80, '议题不超过 80 字'),
  detail: z.string().trim().max(300, '说明不超过 300 字').optional(),
  idempotencyKey: IdempotencyKey,
})
export const ProposalStatus = z.enum(['pending', 'accepted', 'declined'])
export const Proposal = z.object({
  proposalId: Id,
  title: z.string(),
  detail: z.string().optional(),
  /** Masked for everyone but the convenor's moderation (P1). */
  byName: z.string(),
  at: IsoTime,
  status: ProposalStatus,
})
export type Proposal = z.infer<typeof Proposal>
export const ProposalParams = JointMeetingParams.extend({ proposalId: Id })
export const ModerateProposalRequest = z.object({ accept: z.boolean() })

// ---------------------------------------------------------------- decisions ledger (G3)

export const DecisionStatus = z.enum(['open', 'in_progress', 'done', 'overdue', 'dropped'])
export type DecisionStatus = z.infer<typeof DecisionStatus>
export const DECISION_STATUS_LABEL: Record<DecisionStatus, string> = {
  open: '待办',
  in_progress: '推进中',
  done: '已办结',
  overdue: '已逾期',
  dropped: '已撤销',
}

export const DecisionProgress = z.object({
  at: IsoTime,
  byName: z.string(),
  text: z.string(),
  status: DecisionStatus,
  photoKeys: z.array(z.string()),
})

export const Decision = z.object({
  decisionId: Id,
  compoundId: Id,
  meetingId: Id,
  meetingTitle: z.string(),
  title: z.string(),
  owner: DecisionOwner,
  dueDate: CalendarDay,
  ticketIds: z.array(Id),
  itemIds: z.array(Id),
  status: DecisionStatus,
  /** Why it was dropped. */
  reason: z.string().optional(),
  progress: z.array(DecisionProgress),
  madeAt: IsoTime,
  doneAt: IsoTime.optional(),
  overdueAt: IsoTime.optional(),
  version: z.number().int().nonnegative().safe(),
})
export type Decision = z.infer<typeof Decision>

export const DecisionParams = CompoundParams.extend({ decisionId: Id })

export const DecisionProgressRequest = z.object({
  status: z.enum(['in_progress', 'done', 'dropped']),
  text: z.string().trim().min(1, '请写明进展').max(500, '进展不超过 500 字'),
  /** From the upload flow (purpose `attachment`); marking done needs at least one photo. */
  photoKeys: z.array(z.string().min(1).max(300)).max(6, '最多 6 张照片'),
  expectedVersion: Version,
})
export type DecisionProgressRequest = z.infer<typeof DecisionProgressRequest>
