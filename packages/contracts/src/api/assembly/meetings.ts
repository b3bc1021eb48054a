import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import {
  CreateMeetingRequest,
  ExtendWindowRequest,
  FinalRequest,
  Meeting,
  MeetingSummary,
  PreliminaryRequest,
  PublishNoticeRequest,
  SetAffectedRequest,
  UpdateMeetingRequest,
} from '../../assembly'
import { context, committee, everyone, base, MeetingParams } from './shared'
import { Id } from '../../common'

export const createMeeting = endpoint({
  id: 'meeting.create',
  method: 'post',
  path: base,
  summary: 'Draft a meeting with its motions (matter type 1–9; the threshold follows from it)',
  context,
  access: committee,
  params: CompoundParams,
  body: CreateMeetingRequest,
  response: Meeting,
  status: 201,
})

export const listMeetings = endpoint({
  id: 'meeting.list',
  method: 'get',
  path: base,
  summary: 'Meetings and notices, newest first (drafts only for the committee)',
  context,
  access: everyone,
  params: CompoundParams,
  response: z.object({ meetings: z.array(MeetingSummary) }),
})

export const getMeeting = endpoint({
  id: 'meeting.get',
  method: 'get',
  path: `${base}/{meetingId}`,
  summary: 'A meeting with its motions, frozen rules, window and extensions',
  context,
  access: everyone,
  params: MeetingParams,
  response: Meeting,
})

export const updateMeeting = endpoint({
  id: 'meeting.update',
  method: 'put',
  path: `${base}/{meetingId}`,
  summary: 'Replace a draft and its motions; refused once the notice is published (DOMAIN V9)',
  context,
  access: committee,
  params: MeetingParams,
  body: UpdateMeetingRequest,
  response: Meeting,
})

export const publishNotice = endpoint({
  id: 'meeting.notice',
  method: 'post',
  path: `${base}/{meetingId}/notice`,
  summary: 'Publish the notice: texts frozen, window checked against the city profile (V9)',
  context,
  access: committee,
  params: MeetingParams,
  body: PublishNoticeRequest,
  response: Meeting,
})

export const openVoting = endpoint({
  id: 'meeting.open',
  method: 'post',
  path: `${base}/{meetingId}/open`,
  summary: 'Open voting: freeze the roll and publish its hash (V5)',
  context,
  access: committee,
  params: MeetingParams,
  response: Meeting,
})

export const extendWindow = endpoint({
  id: 'meeting.extend',
  method: 'post',
  path: `${base}/{meetingId}/extend`,
  summary: 'Extend the voting window, with a reason; logged and announced (V9)',
  context,
  access: committee,
  params: MeetingParams,
  body: ExtendWindowRequest,
  response: Meeting,
})

export const closeVoting = endpoint({
  id: 'meeting.close',
  method: 'post',
  path: `${base}/{meetingId}/close`,
  summary: 'Close voting after the window: seal the ballot log and count (V10, V11)',
  context,
  access: committee,
  params: MeetingParams,
  response: Meeting,
})

export const publishPreliminary = endpoint({
  id: 'meeting.preliminary',
  method: 'post',
  path: `${base}/{meetingId}/preliminary`,
  summary: 'Publish the preliminary result and open the objection window',
  context,
  access: committee,
  params: MeetingParams,
  body: PreliminaryRequest,
  response: Meeting,
})

export const publishFinal = endpoint({
  id: 'meeting.final',
  method: 'post',
  path: `${base}/{meetingId}/final`,
  summary: 'Publish the final result once the objection window has passed (V10)',
  context,
  access: committee,
  params: MeetingParams,
  body: FinalRequest,
  response: Meeting,
})

export const setAffectedOwners = endpoint({
  id: 'meeting.affected.set',
  method: 'put',
  path: `${base}/{meetingId}/motions/{motionId}/affected`,
  summary: "A lift motion's affected owners, with each one's objection or agreed compensation (DOMAIN V14)",
  context,
  access: committee,
  params: MeetingParams.extend({ motionId: Id }),
  body: SetAffectedRequest,
  response: Meeting,
})
