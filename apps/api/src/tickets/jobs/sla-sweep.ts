import type { Compound, Role, Ticket } from '@jiayuan/contracts'
import {
  listCompoundsForJobs,
  listStaff,
  listTicketsInStatuses,
  outboxEntry,
  updateTicket,
  type OutboxEntry,
} from '@jiayuan/db'
import {
  DEFAULT_TICKET_POLICY,
  escalationNotice,
  slotChange,
  sweepTicket,
  ticketNotices,
  type SweepPolicy,
} from '@jiayuan/domain'
import type { Deps } from '../../deps'
import { NOT_CLOSED } from '../context'

export interface SweepSummary {
  compounds: number
  tickets: number
  changed: number
  overdue: number
  toDispatch: number
  closed: number
  errors: number
}

/**
 * The SLA sweep (DOMAIN T1, T3, T5): for each compound, reads the tickets that are not closed (one GSI1 Query
 * per status, no Scan), lets the pure sweepTicket decide, and writes each change with its events and outbox
 * work like any other change. A ticket someone changed in between is decided again on the fresh copy.
 */
export async function runSlaSweep(
  deps: Deps,
  options: { compoundIds?: readonly string[] } = {},
): Promise<SweepSummary> {
  const now = deps.clock()
  const summary: SweepSummary = {
    compounds: 0,
    tickets: 0,
    changed: 0,
    overdue: 0,
    toDispatch: 0,
    closed: 0,
    errors: 0,
  }
  const compounds = (await listCompoundsForJobs(deps.db)).filter(
    (c) => !options.compoundIds || options.compoundIds.includes(c.compoundId),
  )
  for (const compound of compounds) {
    summary.compounds += 1
    const open = await listTicketsInStatuses(deps.db, compound.compoundId, NOT_CLOSED)
    summary.tickets += open.length
    const policy = sweepPolicy(compound)
    let members: ReturnType<typeof listStaff> | undefined
    const withRole = (role: Role) => async () =>
      (await (members ??= listStaff(deps.db, compound.compoundId)))
        .filter((m) => m.roles.includes(role))
        .map((m) => m.userId)
    const staffIds = withRole('property_staff')
    const adminIds = withRole('community_admin')
    for (const ticket of open.filter((t) => sweepTicket(t, policy, now) !== null)) {
      try {
        const swept = await sweepOne(deps, ticket, policy, now, staffIds, adminIds)
        if (!swept) continue
        summary.changed += 1
        for (const event of swept) {
          if (event === 'overdue' || event === 'escalation_overdue') summary.overdue += 1
          else if (event === 'to_dispatch') summary.toDispatch += 1
          else summary.closed += 1
        }
      } catch (err) {
        summary.errors += 1
        deps.log({
          level: 'error',
          message: 'sweep failed on a ticket',
          job: 'sla-sweep',
          compoundId: compound.compoundId,
          ticketId: ticket.ticketId,
          error: err instanceof Error ? err.message : String(err),
        })
      }
    }
  }
  return summary
}

function sweepPolicy(compound: Compound): SweepPolicy {
  const { settings } = compound
  return {
    ...DEFAULT_TICKET_POLICY,
    reopenWindowDays: settings.reopenWindowDays,
    claimTimeoutMinutes: settings.claimTimeoutMinutes,
    slaTable: settings.slaTable,
    ...(settings.escalationSla ? { escalationSla: settings.escalationSla } : {}),
  }
}

/** Sweeps one ticket; answers the types of the events written (null when a fresh read left nothing to do). */
async function sweepOne(
  deps: Deps,
  ticket: Ticket,
  policy: SweepPolicy,
  now: Date,
  staffIds: () => Promise<string[]>,
  adminIds: () => Promise<string[]>,
): Promise<string[] | null> {
  const written: { types: string[] | null } = { types: null }
  await updateTicket(deps.db, ticket.compoundId, ticket.ticketId, async (current) => {
    const swept = sweepTicket(current, policy, now)
    written.types = swept && swept.events.map((event) => event.type)
    if (!swept) return null
    const outbox: OutboxEntry[] = []
    for (const event of swept.events) {
      if (event.type === 'escalation_overdue') {
        const late = escalationNotice(swept.ticket, event, {
          followers: [],
          staff: await staffIds(),
          receivers: await adminIds(),
        })
        if (late) outbox.push(outboxEntry(current.compoundId, current.ticketId, event.at, { work: 'notify', ...late }))
        continue
      }
      if (event.type !== 'overdue' && event.type !== 'to_dispatch') continue
      const staff = event.type === 'to_dispatch' || current.assigneeId === undefined ? await staffIds() : []
      for (const notice of ticketNotices(current, swept.ticket, event, { followers: [], staff })) {
        outbox.push(outboxEntry(current.compoundId, current.ticketId, event.at, { work: 'notify', ...notice }))
      }
    }
    return { ticket: swept.ticket, events: swept.events, slots: slotChange(current, swept.ticket), outbox }
  })
  return written.types
}
