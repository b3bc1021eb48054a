import {
  MY_TICKETS_PAGE,
  QUEUE_PAGE,
  above,
  compound,
  tickets,
  type BodyOf,
  type EscalationAction,
  type QueryOf,
  type TicketAction,
} from '@jiayuan/contracts'
import { call } from '../../lib/api'

/** Every ticket call of the mini-app, through the contract's endpoint objects (STYLE rule 3). */

export const loadCompound = (compoundId: string) => call(compound.getCompound, { params: { compoundId } })
export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)
export const loadUnits = (compoundId: string, buildingId?: string) =>
  call(compound.listUnits, { params: { compoundId }, query: buildingId ? { buildingId } : {} }).then((r) => r.units)
export const loadGrids = (compoundId: string) =>
  call(compound.listGrids, { params: { compoundId } }).then((r) => r.grids)
export const loadMembers = (compoundId: string) =>
  call(compound.listMembers, { params: { compoundId } }).then((r) => r.members)

export const createTicket = (compoundId: string, body: BodyOf<typeof tickets.createTicket>) =>
  call(tickets.createTicket, { params: { compoundId }, body })
export const loadSimilar = (compoundId: string, query: QueryOf<typeof tickets.similarTickets>) =>
  call(tickets.similarTickets, { params: { compoundId }, query })
export const followTicket = (compoundId: string, ticketId: string) =>
  call(tickets.followTicket, { params: { compoundId, ticketId } })
export const unfollowTicket = (compoundId: string, ticketId: string) =>
  call(tickets.unfollowTicket, { params: { compoundId, ticketId } })

/** A page of 我的报修: a phone screen, or up to `size` rows (at most the API's page) when a refresh asks. */
export const loadMine = (compoundId: string, cursor?: string, size?: number) =>
  call(tickets.myTickets, {
    params: { compoundId },
    query: {
      limit: Math.min(Math.max(size ?? MY_TICKETS_PAGE.phone, MY_TICKETS_PAGE.phone), MY_TICKETS_PAGE.most),
      ...(cursor ? { cursor } : {}),
    },
  })
export const loadBoard = (compoundId: string) => call(tickets.ticketBoard, { params: { compoundId } })
/** A screen of 网格工单 (`view`: every open ticket, the pool, or those the caller holds), most pressing first. */
export const loadQueue = (compoundId: string, view: 'all' | 'pool' | 'mine', cursor?: string, size?: number) =>
  call(tickets.gridQueue, {
    params: { compoundId },
    query: {
      view,
      limit: Math.min(Math.max(size ?? QUEUE_PAGE.phone, QUEUE_PAGE.phone), QUEUE_PAGE.most),
      ...(cursor ? { cursor } : {}),
    },
  })
export const loadConsole = (compoundId: string, query: QueryOf<typeof tickets.dispatchConsole>) =>
  call(tickets.dispatchConsole, { params: { compoundId }, query })
export const findByNumber = (compoundId: string, number: string) =>
  call(tickets.findTicketByNumber, { params: { compoundId, number } })
export const loadDetail = (compoundId: string, ticketId: string) =>
  call(tickets.getTicket, { params: { compoundId, ticketId } })
export const actOn = (compoundId: string, ticketId: string, action: TicketAction) =>
  call(tickets.actOnTicket, { params: { compoundId, ticketId }, body: action })

export const loadEscalations = (compoundId: string) =>
  call(tickets.listEscalations, { params: { compoundId }, query: { receiver: 'community' } })
export const actOnEscalation = (compoundId: string, ticketId: string, action: EscalationAction) =>
  call(tickets.actOnEscalation, { params: { compoundId, ticketId }, body: action })

export const loadStats = (compoundId: string, month: string) =>
  call(tickets.ticketStats, { params: { compoundId }, query: { month } })
export const saveSlaTable = (compoundId: string, body: BodyOf<typeof tickets.updateSlaTable>) =>
  call(tickets.updateSlaTable, { params: { compoundId }, body })

export const loadContact = (compoundId: string, ticketId: string) =>
  call(tickets.ticketContact, { params: { compoundId, ticketId } })
export const loadMessages = (compoundId: string, ticketId: string, before?: string) =>
  call(tickets.listMessages, { params: { compoundId, ticketId }, query: before ? { before } : {} })
export const sendMessage = (compoundId: string, ticketId: string, body: BodyOf<typeof tickets.postMessage>) =>
  call(tickets.postMessage, { params: { compoundId, ticketId }, body })
export const loadContactReveals = (compoundId: string, before?: string) =>
  call(tickets.contactReveals, { params: { compoundId }, query: before ? { before } : {} })

/** 吹哨报到 (DOMAIN T12, G4): the departments the compound's community or street may call in, and the whistle. */
export const loadDepartments = (compoundId: string) =>
  call(above.compoundDepartments, { params: { compoundId } }).then((r) => r.departments)
export const whistleTicket = (compoundId: string, ticketId: string, body: BodyOf<typeof above.whistleTicket>) =>
  call(above.whistleTicket, { params: { compoundId, ticketId }, body })
