import { CompoundParams } from '../../common'
import { endpoint } from '../../endpoint'
import {
  ContactRevealPage,
  ContactRevealQuery,
  MessagePage,
  MessagesQuery,
  PostMessageRequest,
  TicketContact,
  TicketMessage,
  TicketParams,
} from '../../tickets'
import { base, context, parties } from './shared'

export const ticketContact = endpoint({
  id: 'tickets.contact',
  method: 'get',
  path: `${base}/{ticketId}/contact`,
  summary:
    "The worker holding the ticket and staff: the requester's name, unit and phone (each answer logged); " +
    'the requester: who holds it, with a work phone (DOMAIN T7)',
  context,
  access: { kind: 'compound', roles: parties },
  params: TicketParams,
  response: TicketContact,
})

export const contactReveals = endpoint({
  id: 'tickets.contact_reveals',
  method: 'get',
  path: '/v1/compounds/{compoundId}/contact-reveals',
  summary: "Who saw a requester's contact, when, on which ticket: newest first, paged by `before` (DOMAIN T7)",
  context,
  access: { kind: 'compound', roles: ['committee_member'] },
  params: CompoundParams,
  query: ContactRevealQuery,
  response: ContactRevealPage,
})

export const listMessages = endpoint({
  id: 'tickets.messages.list',
  method: 'get',
  path: `${base}/{ticketId}/messages`,
  summary: "A ticket's conversation between its requester and its handlers, oldest first, a page of 50 (DOMAIN T8)",
  context,
  access: { kind: 'compound', roles: parties },
  params: TicketParams,
  query: MessagesQuery,
  response: MessagePage,
})

export const postMessage = endpoint({
  id: 'tickets.messages.post',
  method: 'post',
  path: `${base}/{ticketId}/messages`,
  summary:
    'Send a message (1–500 characters, up to 3 own photos) to the other side; retried with the same ' +
    'idempotency key, it returns the first message',
  context,
  access: { kind: 'compound', roles: parties },
  params: TicketParams,
  body: PostMessageRequest,
  response: TicketMessage,
  status: 201,
})
