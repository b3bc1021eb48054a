import type { QueueTicketView } from '@jiayuan/contracts'

const PRIORITY_RANK = { life_safety: 0, urgent: 1, normal: 2, complaint: 2 } as const

/** Most pressing first: overdue, then life-and-safety and urgent, then the nearest deadline, then oldest. */
export function byUrgency(a: QueueTicketView, b: QueueTicketView): number {
  const overdue = Number(b.sla?.overdue ?? false) - Number(a.sla?.overdue ?? false)
  if (overdue !== 0) return overdue
  const rank = PRIORITY_RANK[a.ticket.priority] - PRIORITY_RANK[b.ticket.priority]
  if (rank !== 0) return rank
  const left = (v: QueueTicketView) => v.sla?.remainingMinutes ?? Number.MAX_SAFE_INTEGER
  if (left(a) !== left(b)) return left(a) - left(b)
  return a.ticket.submittedAt.localeCompare(b.ticket.submittedAt)
}
