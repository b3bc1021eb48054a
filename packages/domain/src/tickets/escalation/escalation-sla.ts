import type { EscalationCase, EscalationClass, EscalationSla, EscalationTarget, Ticket } from '@jiayuan/contracts'

const MINUTE_MS = 60_000

/**
 * Beijing 接诉即办 practice (DOMAIN T12): signed for within 2 h; feedback within 2 h for risk to life or
 * property, 24 h for utilities, 7 days general, 15 days complex. A compound may change every number and row.
 */
export function defaultEscalationSla(): EscalationSla {
  return {
    signMinutes: 120,
    feedbackMinutes: { life_property: 120, utilities: 24 * 60, general: 7 * 24 * 60, complex: 15 * 24 * 60 },
    classes: [
      { priority: 'life_safety', class: 'life_property' },
      { priority: 'urgent', class: 'utilities' },
      { category: 'water_power', class: 'utilities' },
      // 其他 goes to the joint meeting (四事分流 `joint`): matters that need several parties are the complex ones.
      { category: 'other', class: 'complex' },
    ],
  }
}

/** The first row whose category and priority (each optional) match the ticket; general when none does. */
export function escalationClassOf(ticket: Pick<Ticket, 'category' | 'priority'>, sla: EscalationSla): EscalationClass {
  const row = sla.classes.find(
    (rule) =>
      (rule.category === undefined || rule.category === ticket.category) &&
      (rule.priority === undefined || rule.priority === ticket.priority),
  )
  return row?.class ?? 'general'
}

/** The receiver's case as escalation opens it: waiting to be signed for, both deadlines from the escalation. */
export function openEscalationCase(
  ticket: Pick<Ticket, 'category' | 'priority'>,
  to: EscalationTarget,
  at: string,
  sla: EscalationSla,
): EscalationCase {
  const kind = escalationClassOf(ticket, sla)
  const start = Date.parse(at)
  return {
    receiver: to,
    class: kind,
    state: 'awaiting_sign',
    escalatedAt: at,
    signBy: new Date(start + sla.signMinutes * MINUTE_MS).toISOString(),
    feedbackBy: new Date(start + sla.feedbackMinutes[kind] * MINUTE_MS).toISOString(),
  }
}
