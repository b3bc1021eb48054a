import type { EscalationCase, EscalationClock, EscalationReceiver, Ticket } from '@jiayuan/contracts'

/** Receivers that exist in the app today and so can sign and answer in it; the others work outside it. */
export const RECEIVERS_IN_APP: readonly EscalationReceiver[] = ['community']

/** What the receiver owes next: to sign, then feedback (an answer, a solution or a return). */
export function awaitedStep(escalation: Pick<EscalationCase, 'state'>): 'sign' | 'feedback' | undefined {
  if (escalation.state === 'awaiting_sign') return 'sign'
  if (escalation.state === 'signed') return 'feedback'
  return undefined
}

/** The clock of a receiver's case, or of a department's whistle (the same two deadlines). */
export function escalationClock(
  escalation: Pick<EscalationCase, 'state' | 'signBy' | 'feedbackBy'>,
  now: Date,
): EscalationClock {
  const awaiting = awaitedStep(escalation)
  if (!awaiting) return { overdue: false }
  const dueAt = awaiting === 'sign' ? escalation.signBy : escalation.feedbackBy
  const minutesLeft = Math.floor((Date.parse(dueAt) - now.getTime()) / 60_000)
  return { awaiting, dueAt, minutesLeft, overdue: now.getTime() >= Date.parse(dueAt) }
}

/** Tickets with the receiver now (still `escalated`), oldest escalation first, each with its clock. */
export function escalationQueue(tickets: readonly Ticket[], receiver: EscalationReceiver, now: Date) {
  const items = tickets
    .filter((ticket) => ticket.status === 'escalated' && ticket.escalationCase?.receiver === receiver)
    .flatMap((ticket) => (ticket.escalationCase ? [{ ticket, escalation: ticket.escalationCase }] : []))
    .sort((a, b) => a.escalation.escalatedAt.localeCompare(b.escalation.escalatedAt))
    .map(({ ticket, escalation }) => ({ ticket, clock: escalationClock(escalation, now) }))
  return { items, waiting: items.filter((item) => item.clock.awaiting !== undefined).length }
}
