import {
  governance,
  type BodyOf,
  type DecisionProgressRequest,
  type EditAgendaRequest,
  type SaveMinutesRequest,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'

type Meeting = { compoundId: string; meetingId: string }

export const loadParties = (compoundId: string) => call(governance.threeParties, { params: { compoundId } })
export const savePartyBranch = (compoundId: string, body: BodyOf<typeof governance.savePartyBranch>) =>
  call(governance.savePartyBranch, { params: { compoundId }, body })
export const saveCompany = (compoundId: string, body: BodyOf<typeof governance.saveCompany>) =>
  call(governance.saveCompany, { params: { compoundId }, body })

export const loadMeetings = (compoundId: string) =>
  call(governance.listJointMeetings, { params: { compoundId } }).then((r) => r.meetings)
export const scheduleMeeting = (compoundId: string, body: BodyOf<typeof governance.scheduleJointMeeting>) =>
  call(governance.scheduleJointMeeting, { params: { compoundId }, body })
export const loadMeeting = (params: Meeting) => call(governance.getJointMeeting, { params })
export const editAgenda = (params: Meeting, body: EditAgendaRequest) => call(governance.editAgenda, { params, body })
export const saveMinutes = (params: Meeting, body: SaveMinutesRequest) => call(governance.saveMinutes, { params, body })
export const confirmMinutes = (params: Meeting, party: BodyOf<typeof governance.confirmMinutes>['party']) =>
  call(governance.confirmMinutes, { params, body: { party } })
export const addAddendum = (params: Meeting, text: string) => call(governance.addAddendum, { params, body: { text } })

export const proposeItem = (params: Meeting, body: BodyOf<typeof governance.proposeItem>) =>
  call(governance.proposeItem, { params, body })
export const loadProposals = (params: Meeting) => call(governance.listProposals, { params }).then((r) => r.proposals)
export const moderateProposal = (params: Meeting & { proposalId: string }, accept: boolean) =>
  call(governance.moderateProposal, { params, body: { accept } })

export const loadDecisions = (compoundId: string) =>
  call(governance.listDecisions, { params: { compoundId } }).then((r) => r.decisions)
export const reportProgress = (compoundId: string, decisionId: string, body: DecisionProgressRequest) =>
  call(governance.decisionProgress, { params: { compoundId, decisionId }, body })
export const loadTicketDecisions = (compoundId: string, ticketId: string) =>
  call(governance.ticketDecisions, { params: { compoundId, ticketId } }).then((r) => r.decisions)
