import { z } from 'zod'
import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import { CompoundParams, Ok } from '../common'
import { SlaRule } from '../compound'
import {
  CreateTicketRequest,
  MediaCheckPush,
  MediaCheckPushQuery,
  MyTickets,
  PublicTicketList,
  SimilarTicketsQuery,
  SlaTableUpdate,
  StatsQuery,
  Subscriptions,
  SubscriptionGrant,
  TicketAction,
  TicketDetail,
  TicketList,
  TicketListQuery,
  TicketParams,
  TicketStats,
  TicketView,
} from '../tickets'

// Endpoints of the tickets context (随手拍, dispatch and claim; DOMAIN T1–T6, W4, W5). Fixed paths under
// /tickets are declared before /tickets/{ticketId} so every router tries them first.

const context = 'tickets'
const base = '/v1/compounds/{compoundId}/tickets'
const reporters = ['resident', 'owner'] as const
/** Everyone who may take part in a ticket; the domain then checks what this caller may do to this ticket. */
const parties = ['resident', 'owner', 'grid_worker', 'property_staff'] as const

export const createTicket = endpoint({
  id: 'tickets.create',
  method: 'post',
  path: base,
  summary: 'Report a problem with 1–9 photos (随手拍); retried with the same idempotency key, it returns the first ticket',
  context,
  access: { kind: 'compound', roles: reporters },
  params: CompoundParams,
  body: CreateTicketRequest,
  response: TicketView,
  status: 201,
})

export const similarTickets = endpoint({
  id: 'tickets.similar',
  method: 'get',
  path: `${base}/similar`,
  summary: 'Open tickets of the same category at the same place, oldest first, to follow instead of reporting again',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  query: SimilarTicketsQuery,
  response: PublicTicketList,
})

export const myTickets = endpoint({
  id: 'tickets.mine',
  method: 'get',
  path: `${base}/mine`,
  summary: "The caller's reports with status and SLA countdown, and the tickets they follow (public view)",
  context,
  access: { kind: 'compound', roles: reporters },
  params: CompoundParams,
  response: MyTickets,
})

export const ticketBoard = endpoint({
  id: 'tickets.board',
  method: 'get',
  path: `${base}/board`,
  summary: 'Public board: open and recently closed tickets, personal data masked, only moderated text and photos',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: PublicTicketList,
})

export const gridQueue = endpoint({
  id: 'tickets.queue',
  method: 'get',
  path: `${base}/queue`,
  summary: "A grid worker's queue: tickets of their grids that are not closed, with SLA state",
  context,
  access: { kind: 'compound', roles: ['grid_worker'] },
  params: CompoundParams,
  query: TicketListQuery,
  response: TicketList,
})

export const dispatchConsole = endpoint({
  id: 'tickets.console',
  method: 'get',
  path: `${base}/console`,
  summary: "Property staff's dispatch console: the compound's tickets by status (default: all not closed)",
  context,
  access: { kind: 'compound', roles: ['property_staff'] },
  params: CompoundParams,
  query: TicketListQuery,
  response: TicketList,
})

export const ticketStats = endpoint({
  id: 'tickets.stats',
  method: 'get',
  path: `${base}/stats`,
  summary: 'Month figures for the monthly report (tickets submitted in that Asia/Shanghai calendar month)',
  context,
  access: { kind: 'compound', roles: ['property_staff', 'committee_member', 'community_admin'] },
  params: CompoundParams,
  query: StatsQuery,
  response: TicketStats,
})

export const updateSlaTable = endpoint({
  id: 'tickets.sla.update',
  method: 'put',
  path: `${base}/sla-table`,
  summary: "Replace the compound's SLA table (DOMAIN T1), with a reason; logged with the table it replaced",
  context,
  access: { kind: 'compound', roles: ['property_staff'] },
  params: CompoundParams,
  body: SlaTableUpdate,
  response: z.object({ slaTable: z.array(SlaRule) }),
})

export const getTicket = endpoint({
  id: 'tickets.get',
  method: 'get',
  path: `${base}/{ticketId}`,
  summary: 'One ticket with its timeline and photo URLs: its requester, its grid and its assignee, and staff',
  context,
  access: { kind: 'compound', roles: parties },
  params: TicketParams,
  response: TicketDetail,
})

export const actOnTicket = endpoint({
  id: 'tickets.act',
  method: 'post',
  path: `${base}/{ticketId}/actions`,
  summary: 'One step of the lifecycle (claim, contact, resolve, confirm, reopen, dispatch, …); 409 from the wrong state',
  context,
  access: { kind: 'compound', roles: parties },
  params: TicketParams,
  body: TicketAction,
  response: TicketView,
})

export const followTicket = endpoint({
  id: 'tickets.follow',
  method: 'post',
  path: `${base}/{ticketId}/follow`,
  summary: 'Follow an open ticket instead of reporting it again (notified when it is claimed and resolved)',
  context,
  access: { kind: 'compound', roles: reporters },
  params: TicketParams,
  response: Ok,
})

export const unfollowTicket = endpoint({
  id: 'tickets.unfollow',
  method: 'delete',
  path: `${base}/{ticketId}/follow`,
  summary: 'Stop following a ticket',
  context,
  access: { kind: 'compound', roles: reporters },
  params: TicketParams,
  response: Ok,
})

export const getSubscriptions = endpoint({
  id: 'subscriptions.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}/subscriptions',
  summary: 'Templates to request, the caller’s remaining one-time sends per template, and recent notifications',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: Subscriptions,
})

export const recordSubscription = endpoint({
  id: 'subscriptions.record',
  method: 'post',
  path: '/v1/compounds/{compoundId}/subscriptions',
  summary: 'Record what wx.requestSubscribeMessage answered: an accepted template is worth one send (DOMAIN W4)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  body: SubscriptionGrant,
  response: Subscriptions,
})

export const mediaCheckPush = endpoint({
  id: 'wechat.media_check',
  method: 'post',
  path: '/v1/wechat/media-check',
  summary: "WeChat's push of a mediaCheckAsync result (signed with the push token); settles a photo's moderation",
  context,
  access: { kind: 'public' },
  query: MediaCheckPushQuery,
  body: MediaCheckPush,
  response: Ok,
})
