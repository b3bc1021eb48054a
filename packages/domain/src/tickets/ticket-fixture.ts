import type { Ticket, TicketStatus } from '@jiayuan/contracts'
import { shanghaiInstant } from '../time'
import type { TicketActor } from './lifecycle/actor'

/** Test helpers shared by the tickets and privacy tests; not exported from the package. */

/** `sh('2024-06-07 17:00')`: a wall-clock time in Asia/Shanghai as an ISO instant in UTC. */
export function sh(local: string): string {
  return shanghaiInstant(local)
}

export function at(local: string): Date {
  return new Date(sh(local))
}

/** Monday 2024-06-03 09:00 in Shanghai. */
export const T0 = sh('2024-06-03 09:00')

export const requester: TicketActor = { userId: 'u-requester', role: 'requester', gridIds: [] }
export const neighbour: TicketActor = { userId: 'u-neighbour', role: 'requester', gridIds: [] }
export const assignee: TicketActor = { userId: 'w-1', role: 'grid_worker', gridIds: ['g-1'] }
export const gridMate: TicketActor = { userId: 'w-2', role: 'grid_worker', gridIds: ['g-1'] }
export const otherGridWorker: TicketActor = { userId: 'w-3', role: 'grid_worker', gridIds: ['g-2'] }
export const staff: TicketActor = { userId: 's-1', role: 'property_staff', gridIds: [] }
export const sweep: TicketActor = { userId: 'sla-sweep', role: 'system', gridIds: [] }

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    ticketId: 't-1',
    compoundId: 'c-1',
    requesterId: 'u-requester',
    category: 'repair',
    priority: 'normal',
    triage: 'property',
    status: 'submitted',
    location: { kind: 'unit', unitId: 'unit-3-2-502' },
    gridId: 'g-1',
    description: '3号楼2单元楼道灯不亮',
    descriptionModeration: 'passed',
    photos: [{ key: 'photos/before-1.jpg', moderation: 'passed' }],
    afterPhotos: [],
    submittedAt: T0,
    pooledAt: T0,
    pauses: [],
    reopenCount: 0,
    ...overrides,
  }
}

/** A plausible ticket in each status, held by `assignee` where someone holds it. */
export function ticketIn(status: TicketStatus): Ticket {
  const accepted = { assigneeId: 'w-1', acceptedAt: sh('2024-06-03 09:10') }
  const contacted = { ...accepted, contactedAt: sh('2024-06-03 09:20') }
  const onSite = { ...contacted, onSiteAt: sh('2024-06-03 10:00') }
  const resolved = { ...onSite, resolvedAt: sh('2024-06-03 11:00') }
  const confirmed = { ...resolved, confirmedAt: sh('2024-06-03 12:00'), confirmedVia: 'requester' as const }
  switch (status) {
    case 'submitted':
      return makeTicket()
    case 'handed_back':
      return makeTicket({ status, acceptedAt: accepted.acceptedAt, pooledAt: sh('2024-06-03 09:30') })
    case 'reopened':
      return makeTicket({ status, acceptedAt: accepted.acceptedAt, reopenCount: 1, pooledAt: sh('2024-06-03 13:00') })
    case 'accepted':
      return makeTicket({ status, ...accepted })
    case 'contacted':
      return makeTicket({ status, ...contacted })
    case 'on_site':
      return makeTicket({ status, ...onSite })
    case 'waiting_on_resident':
      return makeTicket({
        status,
        ...contacted,
        resumeTo: 'contacted',
        pauses: [{ startedAt: sh('2024-06-03 09:30'), reason: '住户出差，周末回来' }],
      })
    case 'resolved':
      return makeTicket({ status, ...resolved })
    case 'confirmed':
      return makeTicket({ status, ...confirmed })
    case 'closed':
      return makeTicket({ status, ...confirmed, closedAt: sh('2024-06-03 13:00'), closeKind: 'confirmed' })
    case 'escalated':
      return makeTicket({
        status,
        ...accepted,
        escalation: { to: 'community', reason: '违建属城管职责', at: sh('2024-06-03 09:40'), byId: 'w-1' },
      })
  }
}
