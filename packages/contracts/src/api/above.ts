import { type z } from 'zod'
import { endpoint } from '../endpoint'
import { CompoundParams, Id } from '../common'
import { DepartmentList, DepartmentParams, StreetCompounds, StreetParams } from '../above'
import { DepartmentQueue, TicketParams, TicketView, WhistleAction, WhistleItem, WhistleRequest } from '../tickets'
import { UploadRequest, UploadTicket } from '../upload'

// Roles above the compound (DOMAIN G4) and 吹哨报到 (T12): the street's view of its compounds, the whistle, and
// the department's queue. Ids and paths are part of the public API and never change.

const WhistleParams = DepartmentParams.extend({ compoundId: Id, ticketId: Id })

export const streetCompounds = endpoint({
  id: 'street.compounds',
  method: 'get',
  path: '/v1/streets/{streetId}/compounds',
  summary: 'The compounds of a street’s communities, for its staff (街道工作台)',
  context: 'identity',
  access: { kind: 'street' },
  params: StreetParams,
  response: StreetCompounds,
})

export const compoundDepartments = endpoint({
  id: 'tickets.departments',
  method: 'get',
  path: '/v1/compounds/{compoundId}/departments',
  summary: 'The departments a compound’s community or street may whistle to (the departments of its street)',
  context: 'tickets',
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: CompoundParams,
  response: DepartmentList,
})

export const whistleTicket = endpoint({
  id: 'tickets.whistle',
  method: 'post',
  path: '/v1/compounds/{compoundId}/tickets/{ticketId}/whistle',
  summary:
    'The community or street whistles an escalated ticket to a named department (吹哨报到) with a response clock; ' +
    '409 when a department already holds it',
  context: 'tickets',
  access: { kind: 'compound', roles: ['community_admin'], street: true },
  params: TicketParams,
  body: WhistleRequest,
  response: TicketView,
})

export const departmentQueue = endpoint({
  id: 'department.whistles',
  method: 'get',
  path: '/v1/departments/{departmentId}/whistles',
  summary: 'A department’s queue (部门工作台): only the requests whistled to it, with each clock',
  context: 'tickets',
  access: { kind: 'department' },
  params: DepartmentParams,
  response: DepartmentQueue,
})

export const actOnWhistle = endpoint({
  id: 'department.whistle.act',
  method: 'post',
  path: '/v1/departments/{departmentId}/whistles/{compoundId}/{ticketId}',
  summary:
    'The department signs for (签收), answers (答复), solves with photos (办结) or returns with a reason (退回) a ' +
    'request whistled to it; 404 when it was not whistled to this department, 409 from the wrong step',
  context: 'tickets',
  access: { kind: 'department' },
  params: WhistleParams,
  body: WhistleAction,
  response: WhistleItem,
})

export const departmentUpload = endpoint({
  id: 'department.upload',
  method: 'post',
  path: '/v1/departments/{departmentId}/whistles/{compoundId}/{ticketId}/uploads',
  summary: 'A presigned PUT for a photo of the department’s solution to a request whistled to it',
  context: 'tickets',
  access: { kind: 'department' },
  params: WhistleParams,
  body: UploadRequest,
  response: UploadTicket,
  status: 201,
})

export type WhistleParams = z.infer<typeof WhistleParams>
