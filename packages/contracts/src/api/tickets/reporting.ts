import { CompoundParams } from '../../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../../endpoint'
import {
  CreateTicketRequest,
  MyTickets,
  MyTicketsQuery,
  PublicTicketList,
  SimilarTicketsQuery,
  TicketList,
  TicketQueue,
  QueueQuery,
  TicketListQuery,
  TicketNumberParams,
  TicketView,
} from '../../tickets'
import { base, context, reporters } from './shared'

export const createTicket = endpoint({
  id: 'tickets.create',
  method: 'post',
  path: base,
  summary:
    'Report a problem with 1–9 photos (随手拍); retried with the same idempotency key, it returns the first ticket',
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
  summary:
    "The caller's reports with status and SLA countdown, and the tickets they follow (public view): a page, newest first",
  context,
  access: { kind: 'compound', roles: reporters },
  params: CompoundParams,
  query: MyTicketsQuery,
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
  summary:
    "A grid worker's queue: tickets of their grids that are not closed, most pressing first, with SLA state and the tabs' counts; a page with `limit` (the cursor holds the instant the order was taken at), each row only what the list shows",
  context,
  access: { kind: 'compound', roles: ['grid_worker'] },
  params: CompoundParams,
  query: QueueQuery,
  response: TicketQueue,
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

export const findTicketByNumber = endpoint({
  id: 'tickets.byNumber',
  method: 'get',
  path: `${base}/by-number/{number}`,
  summary: 'Property staff look a ticket up by the number a resident reads out (HX-20261202-007); 404 if none',
  context,
  access: { kind: 'compound', roles: ['property_staff'] },
  params: TicketNumberParams,
  response: TicketView,
})
