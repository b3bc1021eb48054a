import { Ok } from '../../common'
import { endpoint } from '../../endpoint'
import { TicketAction, TicketDetail, TicketParams, TicketView } from '../../tickets'
import { base, context, parties, reporters } from './shared'

export const getTicket = endpoint({
  id: 'tickets.get',
  method: 'get',
  path: `${base}/{ticketId}`,
  summary: 'One ticket with its timeline and photo URLs: its requester, its grid and its assignee, and staff',
  context,
  // The community admin reads the tickets escalated to the community (DOMAIN T12); the domain checks which.
  access: { kind: 'compound', roles: [...parties, 'community_admin'] },
  params: TicketParams,
  response: TicketDetail,
})

export const actOnTicket = endpoint({
  id: 'tickets.act',
  method: 'post',
  path: `${base}/{ticketId}/actions`,
  summary:
    'One step of the lifecycle (claim, contact, resolve, confirm, reopen, dispatch, …); 409 from the wrong state',
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
