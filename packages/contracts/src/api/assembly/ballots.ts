import { z } from 'zod'
import { endpoint } from '../../endpoint'
import {
  CastBallotRequest,
  CastBallotResponse,
  DeliveryList,
  DeliveryRecord,
  MyBallots,
  PaperBallotRequest,
  ProxyBallotRequest,
  ProxyHolderLookupResult,
  ProxyOnFile,
  ProxyRegistration,
  RecordDeliveriesRequest,
  RegisterProxyRequest,
  SubjectLookupQuery,
  SubjectLookupResult,
} from '../../assembly'
import { context, committee, base, MeetingParams } from './shared'

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
  summary: 'Whether the caller may vote and why, their ballots with receipts, and principals they hold a proxy for',
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

export const lookupProxyHolders = endpoint({
  id: 'proxy.holders',
  method: 'get',
  path: `${base}/{meetingId}/proxy-holders`,
  summary:
    'Find members of the compound to register as a proxy holder, by building/room number or name, paged; names masked',
  context,
  access: committee,
  params: MeetingParams,
  query: SubjectLookupQuery,
  response: ProxyHolderLookupResult,
})

export const listProxies = endpoint({
  id: 'proxy.list',
  method: 'get',
  path: `${base}/{meetingId}/proxies`,
  summary: 'Registered proxy letters of a meeting, with principal and holder (names masked)',
  context,
  access: committee,
  params: MeetingParams,
  response: z.object({ proxies: z.array(ProxyOnFile) }),
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
  response: z.object({ recorded: z.number().int().safe(), deliveries: z.array(DeliveryRecord) }),
  status: 201,
})

export const listDeliveries = endpoint({
  id: 'delivery.list',
  method: 'get',
  path: `${base}/{meetingId}/deliveries`,
  summary: 'Who the ballot was recorded as delivered to, when and how (V8 从众); names masked',
  context,
  access: committee,
  params: MeetingParams,
  response: DeliveryList,
})

export const lookupSubjects = endpoint({
  id: 'meeting.subjects',
  method: 'get',
  path: `${base}/{meetingId}/subjects`,
  summary: 'Find voting subjects of the frozen roll by building/room number or name, paged; names masked',
  context,
  access: committee,
  params: MeetingParams,
  query: SubjectLookupQuery,
  response: SubjectLookupResult,
})
