import { z } from 'zod'
import { CompoundParams, Id } from '../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import {
  AddendumRequest,
  ConfirmMinutesRequest,
  Decision,
  DecisionParams,
  DecisionProgressRequest,
  EditAgendaRequest,
  JointMeetingParams,
  JointMeetingSummary,
  JointMeetingView,
  ModerateProposalRequest,
  Proposal,
  ProposalParams,
  ProposalRequest,
  SaveCompanyRequest,
  SaveMinutesRequest,
  SavePartyBranchRequest,
  ScheduleJointMeetingRequest,
  ThreeParties,
} from '../governance'

// Joint governance (三驾马车, DOMAIN G1–G3): its own context and Lambda. Ids and paths never change.
const context = 'governance'
const base = '/v1/compounds/{compoundId}/governance'
const meetings = `${base}/meetings`
const meeting = `${meetings}/{meetingId}`
const decisions = `${base}/decisions`
/** Who records the parties: the community admin (G1). */
const recorders = ['community_admin'] as const
/** Who convenes a joint meeting and keeps its agenda and minutes: the community, or the committee for 三方. */
const convenors = ['community_admin', 'committee_member'] as const

export const threeParties = endpoint({
  id: 'governance.parties.get',
  method: 'get',
  path: `${base}/parties`,
  summary:
    "The compound's Party branch, committee (with the election or filing that made it) and property company, with kept versions",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: ThreeParties,
})

export const savePartyBranch = endpoint({
  id: 'governance.partyBranch.save',
  method: 'put',
  path: `${base}/parties/party-branch`,
  summary: 'Record a new version of the Party branch (secretary, members, 先锋岗); earlier versions are kept',
  context,
  access: { kind: 'compound', roles: recorders },
  params: CompoundParams,
  body: SavePartyBranchRequest,
  response: ThreeParties,
})

export const saveCompany = endpoint({
  id: 'governance.company.save',
  method: 'put',
  path: `${base}/parties/company`,
  summary: 'Record a new version of the property company (name, contract term); earlier versions are kept',
  context,
  access: { kind: 'compound', roles: recorders },
  params: CompoundParams,
  body: SaveCompanyRequest,
  response: ThreeParties,
})

export const listJointMeetings = endpoint({
  id: 'governance.meetings.list',
  method: 'get',
  path: meetings,
  summary: 'Joint meetings of the compound, newest first',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true },
  params: CompoundParams,
  response: z.object({ meetings: z.array(JointMeetingSummary) }),
})

export const scheduleJointMeeting = endpoint({
  id: 'governance.meetings.schedule',
  method: 'post',
  path: meetings,
  summary:
    'Schedule a 三方 or 四方 joint meeting with at least 3 days notice; its agenda is drafted from open escalations, overdue tickets, open objections and low ratings',
  context,
  access: { kind: 'compound', roles: convenors },
  params: CompoundParams,
  body: ScheduleJointMeetingRequest,
  response: JointMeetingView,
  status: 201,
})

export const getJointMeeting = endpoint({
  id: 'governance.meetings.get',
  method: 'get',
  path: meeting,
  summary: 'A joint meeting with its agenda and minutes; draft minutes only to the parties and the community',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true },
  params: JointMeetingParams,
  response: JointMeetingView,
})

export const editAgenda = endpoint({
  id: 'governance.meetings.agenda',
  method: 'put',
  path: `${meeting}/agenda`,
  summary: 'The convenor edits, reorders and adds agenda items; the first item confirms the previous minutes',
  context,
  access: { kind: 'compound', roles: convenors },
  params: JointMeetingParams,
  body: EditAgendaRequest,
  response: JointMeetingView,
})

export const saveMinutes = endpoint({
  id: 'governance.meetings.minutes',
  method: 'put',
  path: `${meeting}/minutes`,
  summary: 'Attendance, notes per item and decisions (each with an owner and a due date); refused once locked',
  context,
  access: { kind: 'compound', roles: convenors },
  params: JointMeetingParams,
  body: SaveMinutesRequest,
  response: JointMeetingView,
})

export const confirmMinutes = endpoint({
  id: 'governance.meetings.confirm',
  method: 'post',
  path: `${meeting}/confirmations`,
  summary: 'A party confirms the minutes, once; when every party has, they lock and the decisions enter the ledger',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: JointMeetingParams,
  body: ConfirmMinutesRequest,
  response: JointMeetingView,
})

export const addAddendum = endpoint({
  id: 'governance.meetings.addendum',
  method: 'post',
  path: `${meeting}/addenda`,
  summary: 'A correction to locked minutes, added beside them (the minutes never change)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: JointMeetingParams,
  body: AddendumRequest,
  response: JointMeetingView,
  status: 201,
})

export const proposeItem = endpoint({
  id: 'governance.proposals.create',
  method: 'post',
  path: `${meeting}/proposals`,
  summary: 'A resident proposes an agenda item; the convenor accepts or declines it',
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: JointMeetingParams,
  body: ProposalRequest,
  response: Proposal,
  status: 201,
})

export const listProposals = endpoint({
  id: 'governance.proposals.list',
  method: 'get',
  path: `${meeting}/proposals`,
  summary: "Residents' proposed items for a meeting, for the convenor to moderate",
  context,
  access: { kind: 'compound', roles: convenors },
  params: JointMeetingParams,
  response: z.object({ proposals: z.array(Proposal) }),
})

export const moderateProposal = endpoint({
  id: 'governance.proposals.moderate',
  method: 'post',
  path: `${meeting}/proposals/{proposalId}`,
  summary: 'Accept a proposed item onto the agenda, or decline it',
  context,
  access: { kind: 'compound', roles: convenors },
  params: ProposalParams,
  body: ModerateProposalRequest,
  response: Proposal,
})

export const listDecisions = endpoint({
  id: 'governance.decisions.list',
  method: 'get',
  path: decisions,
  summary: "The compound's decision ledger: every decision of locked minutes with its status and progress",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true },
  params: CompoundParams,
  response: z.object({ decisions: z.array(Decision) }),
})

export const decisionProgress = endpoint({
  id: 'governance.decisions.progress',
  method: 'post',
  path: `${decisions}/{decisionId}/progress`,
  summary: 'The owner (or the community) reports progress: in progress, done with photos, or dropped with a reason',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: DecisionParams,
  body: DecisionProgressRequest,
  response: Decision,
})

export const ticketDecisions = endpoint({
  id: 'governance.decisions.ofTicket',
  method: 'get',
  path: `${base}/tickets/{ticketId}/decisions`,
  summary: 'Decisions that settle a ticket, shown on the ticket page',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams.extend({ ticketId: Id }),
  response: z.object({ decisions: z.array(Decision) }),
})
