import { z } from 'zod'
import { endpoint } from '../../endpoint'
import { Id } from '../../common'
import {
  AnswerObjectionRequest,
  BallotListPage,
  BallotListQuery,
  FileObjectionRequest,
  MeetingExportPage,
  MeetingResult,
  Objection,
  ReceiptCheckResult,
  Turnout,
} from '../../assembly'
import { context, everyone, auditors, base, MeetingParams } from './shared'

export const turnout = endpoint({
  id: 'meeting.turnout',
  method: 'get',
  path: `${base}/{meetingId}/turnout`,
  summary: 'Live turnout and the "will it pass?" meter by area and headcount (aggregates only)',
  context,
  access: everyone,
  params: MeetingParams,
  response: Turnout,
})

export const getResult = endpoint({
  id: 'meeting.result',
  method: 'get',
  path: `${base}/{meetingId}/result`,
  summary: 'The published result: every number, the roll hash and the log head (the committee sees it from close)',
  context,
  access: everyone,
  params: MeetingParams,
  response: MeetingResult,
})

export const fileObjection = endpoint({
  id: 'objection.file',
  method: 'post',
  path: `${base}/{meetingId}/objections`,
  summary: 'An owner objects to the preliminary result, within the objection window',
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: MeetingParams,
  body: FileObjectionRequest,
  response: Objection,
  status: 201,
})

export const listObjections = endpoint({
  id: 'objection.list',
  method: 'get',
  path: `${base}/{meetingId}/objections`,
  summary: 'Objections: all of them for the committee, the caller’s own otherwise',
  context,
  access: auditors,
  params: MeetingParams,
  response: z.object({ objections: z.array(Objection) }),
})

export const answerObjection = endpoint({
  id: 'objection.answer',
  method: 'post',
  path: `${base}/{meetingId}/objections/{objectionId}/answer`,
  summary: 'The committee answers one objection (upheld or not, and why); once; the objector is told',
  context,
  access: { kind: 'compound', roles: ['committee_member'] },
  params: MeetingParams.extend({ objectionId: Id }),
  body: AnswerObjectionRequest,
  response: Objection,
})

export const ballotList = endpoint({
  id: 'meeting.ballot_list',
  method: 'get',
  path: `${base}/{meetingId}/ballot-list`,
  summary: 'The sealed, hash-chained ballot list in pages (header on the first), to check receipts and recount (V11)',
  context,
  access: auditors,
  params: MeetingParams,
  query: BallotListQuery,
  response: BallotListPage,
})

export const checkReceipt = endpoint({
  id: 'meeting.receipt',
  method: 'get',
  path: `${base}/{meetingId}/receipts/{receipt}`,
  summary: 'Check one receipt against the sealed list (the app can do the same offline)',
  context,
  access: auditors,
  params: MeetingParams.extend({ receipt: z.string().regex(/^[0-9a-fA-F]{64}$/) }),
  response: ReceiptCheckResult,
})

export const exportMeeting = endpoint({
  id: 'meeting.export',
  method: 'get',
  path: `${base}/{meetingId}/export`,
  summary: 'Audit export: the ballot list plus the frozen roll and reference map (scripts/verify-ballots.ts)',
  context,
  access: { kind: 'compound', roles: ['committee_member', 'community_admin'] },
  params: MeetingParams,
  query: BallotListQuery,
  response: MeetingExportPage,
})
