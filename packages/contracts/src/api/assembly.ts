import { z } from 'zod'
import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import { CompoundParams, Id } from '../common'
import {
  BallotList,
  CastBallotRequest,
  CastBallotResponse,
  CreateMeetingRequest,
  DeliveryRecord,
  ExtendWindowRequest,
  FileObjectionRequest,
  FinalRequest,
  Meeting,
  MeetingExport,
  MeetingResult,
  MeetingSummary,
  MyBallots,
  Objection,
  PaperBallotRequest,
  PreliminaryRequest,
  ProxyBallotRequest,
  ProxyRegistration,
  PublishNoticeRequest,
  ReceiptCheckResult,
  RecordDeliveriesRequest,
  RegisterProxyRequest,
  Turnout,
  UpdateMeetingRequest,
} from '../assembly'

// Endpoints of the assembly context (DOMAIN §1): one `endpoint(...)` per route, exported by name.
const context = 'assembly'
const committee = { kind: 'compound', roles: ['committee_member'] } as const
const everyone = { kind: 'compound', roles: COMPOUND_ROLES_ALL } as const
const auditors = { kind: 'compound', roles: ['owner', 'committee_member', 'community_admin'] } as const
const base = '/v1/compounds/{compoundId}/meetings'
const MeetingParams = CompoundParams.extend({ meetingId: Id })

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

export const castBallot = endpoint({
  id: 'ballot.cast',
  method: 'post',
  path: `${base}/{meetingId}/ballots`,
  summary: "An owner's own ballot: yes / no / abstain per motion (V6, V7)",
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: MeetingParams,
  body: CastBallotRequest,
  response: CastBallotResponse,
  status: 201,
})

export const castProxyBallot = endpoint({
  id: 'ballot.proxy',
  method: 'post',
  path: `${base}/{meetingId}/proxy-ballots`,
  summary: 'A ballot cast by a registered proxy for one principal (V6)',
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: MeetingParams,
  body: ProxyBallotRequest,
  response: CastBallotResponse,
  status: 201,
})

export const enterPaperBallot = endpoint({
  id: 'ballot.paper',
  method: 'post',
  path: `${base}/{meetingId}/paper-ballots`,
  summary: 'A signed paper ballot entered by the committee with its photo (V6)',
  context,
  access: committee,
  params: MeetingParams,
  body: PaperBallotRequest,
  response: CastBallotResponse,
  status: 201,
})

export const myBallots = endpoint({
  id: 'ballot.mine',
  method: 'get',
  path: `${base}/{meetingId}/ballots/mine`,
  summary: "Whether the caller may vote and why, their ballots with receipts, and principals they hold a proxy for",
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: MeetingParams,
  response: MyBallots,
})

export const registerProxy = endpoint({
  id: 'proxy.register',
  method: 'post',
  path: `${base}/{meetingId}/proxies`,
  summary: 'Register a written authorisation; at most proxyCap principals per proxy (V6)',
  context,
  access: committee,
  params: MeetingParams,
  body: RegisterProxyRequest,
  response: ProxyRegistration,
  status: 201,
})

export const listProxies = endpoint({
  id: 'proxy.list',
  method: 'get',
  path: `${base}/{meetingId}/proxies`,
  summary: 'Registered proxies of a meeting',
  context,
  access: committee,
  params: MeetingParams,
  response: z.object({ proxies: z.array(ProxyRegistration) }),
})

export const recordDeliveries = endpoint({
  id: 'delivery.record',
  method: 'post',
  path: `${base}/{meetingId}/deliveries`,
  summary: 'Record that the ballot reached these owners (needed before 从众 can deem them, V8)',
  context,
  access: committee,
  params: MeetingParams,
  body: RecordDeliveriesRequest,
  response: z.object({ recorded: z.number().int(), deliveries: z.array(DeliveryRecord) }),
  status: 201,
})

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

export const ballotList = endpoint({
  id: 'meeting.ballot_list',
  method: 'get',
  path: `${base}/{meetingId}/ballot-list`,
  summary: 'The sealed, hash-chained ballot list with the published roll, to check receipts and recount (V11)',
  context,
  access: auditors,
  params: MeetingParams,
  response: BallotList,
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
  response: MeetingExport,
})
