import { TicketStatus, type CompoundSettings, type Role, type Ticket, type TicketView } from '@jiayuan/contracts'
import { DEFAULT_TICKET_POLICY, ticketSla, type SlaTicket, type TicketPolicy, type TicketViewer } from '@jiayuan/domain'
import { mustCaller, type Caller } from '../http/route'

/** Every status but `closed`: what queues, the board and the sweep look at. */
export const NOT_CLOSED = TicketStatus.options.filter((status) => status !== 'closed')

/** How far back the board and the console show closed tickets. */
export const RECENTLY_CLOSED_DAYS = 30

export function viewerOf(ctx: { caller: Caller | null; member: { roles: Role[]; gridIds: string[] } }): TicketViewer {
  return { userId: mustCaller(ctx).userId, roles: ctx.member.roles, gridIds: ctx.member.gridIds }
}

export function ticketPolicy(settings: CompoundSettings): TicketPolicy {
  return {
    ...DEFAULT_TICKET_POLICY,
    reopenWindowDays: settings.reopenWindowDays,
    photoWaivedCategories: settings.ticketCategories.filter((c) => c.photoWaived === true).map((c) => c.id),
    ...(settings.escalationSla ? { escalationSla: settings.escalationSla } : {}),
  }
}

export function viewTicket(ticket: Ticket, settings: CompoundSettings, now: Date): TicketView
/** A ticket read with some fields only (a list's row), with its SLA as of `now`. */
export function viewTicket<T extends SlaTicket>(ticket: T, settings: CompoundSettings, now: Date): ViewOf<T>
export function viewTicket<T extends SlaTicket>(ticket: T, settings: CompoundSettings, now: Date): ViewOf<T> {
  return { ticket, sla: ticketSla(ticket, settings.slaTable, now) }
}

type ViewOf<T> = { ticket: T; sla: TicketView['sla'] }
