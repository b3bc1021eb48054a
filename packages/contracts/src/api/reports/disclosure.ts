import { z } from 'zod'
import { CompoundParams } from '../../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../../endpoint'
import {
  DisclosureBoard,
  DisclosureItem,
  DisclosureObjection,
  DisclosureObjectionList,
  DisclosureParams,
  DisclosureUpdate,
  ObjectionRequest,
} from '../../reports'
import { TicketView } from '../../tickets'
import { context, disclosure, editors } from './shared'

export const getDisclosureBoard = endpoint({
  id: 'reports.disclosure.board',
  method: 'get',
  path: disclosure,
  summary: 'The disclosure board (四公开一监督): every fixed section with last update, frequency and staleness',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: DisclosureBoard,
})

export const listObjections = endpoint({
  id: 'reports.disclosure.objections',
  method: 'get',
  path: `${disclosure}/objections`,
  summary: 'Objections to disclosed items with their tickets and reply-by deadlines, newest first',
  context,
  access: { kind: 'compound', roles: editors },
  params: CompoundParams,
  response: DisclosureObjectionList,
})

export const updateDisclosure = endpoint({
  id: 'reports.disclosure.update',
  method: 'put',
  path: `${disclosure}/{section}`,
  summary: "Replace a section's content; the previous version is kept; 409 on a stale expectedVersion",
  context,
  access: { kind: 'compound', roles: editors },
  params: DisclosureParams,
  body: DisclosureUpdate,
  response: DisclosureItem,
})

export const objectToDisclosure = endpoint({
  id: 'reports.disclosure.object',
  method: 'post',
  path: `${disclosure}/{section}/objections`,
  summary: 'An owner objects to a disclosed item (D2): it becomes a ticket with a reply-by deadline',
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: DisclosureParams,
  body: ObjectionRequest,
  response: z.object({ objection: DisclosureObjection, ticket: TicketView }),
  status: 201,
})
