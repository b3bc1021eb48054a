import type { EscalationMilestone, Ticket, TicketEvent } from '@jiayuan/contracts'
import { RECEIVERS_IN_APP, awaitedStep } from './clock'

export const ESCALATION_SWEEP_ID = 'sla-sweep'

/**
 * The receiver's deadlines that passed with the step not taken (DOMAIN T12), each flagged once: not signed by
 * `signBy`; no feedback (answer, solution or return) by `feedbackBy`. Only for receivers who work in the app
 * and only while the ticket is with them. Answers the flagged ticket and its event, or null.
 */
export function flagEscalationOverdue(ticket: Ticket, now: Date): { ticket: Ticket; event: TicketEvent } | null {
  const escalation = ticket.escalationCase
  if (ticket.status !== 'escalated' || !escalation || !RECEIVERS_IN_APP.includes(escalation.receiver)) return null
  const awaiting = awaitedStep(escalation)
  if (!awaiting) return null
  const flagged = new Set((escalation.overdue ?? []).map((flag) => flag.milestone))
  const passed = (iso: string) => now.getTime() >= Date.parse(iso)
  const late: EscalationMilestone[] = []
  if (awaiting === 'sign' && passed(escalation.signBy)) late.push('sign')
  if (passed(escalation.feedbackBy)) late.push('feedback')
  const fresh = late.filter((milestone) => !flagged.has(milestone))
  if (fresh.length === 0) return null
  const at = now.toISOString()
  return {
    ticket: {
      ...ticket,
      escalationCase: {
        ...escalation,
        overdue: [...(escalation.overdue ?? []), ...fresh.map((milestone) => ({ milestone, at }))],
      },
    },
    event: {
      ticketId: ticket.ticketId,
      type: 'escalation_overdue',
      actorId: ESCALATION_SWEEP_ID,
      actorRole: 'system',
      at,
      from: ticket.status,
      to: ticket.status,
      escalationMilestones: fresh,
    },
  }
}
