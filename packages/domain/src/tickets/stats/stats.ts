import { TicketStatus } from '@jiayuan/contracts'
import type { SlaRule, Ticket, TicketStats } from '@jiayuan/contracts'
import { medianInteger } from './median'
import { MINUTE_MS } from '../../time'
import { slaState } from '../sla/sla-state'
import { defaultSlaTable, findSlaRule } from '../sla/sla-table'

/**
 * Month figures for the monthly report over the tickets SUBMITTED in [monthStart, monthEnd), as they stand
 * when the report is drafted (after the month):
 * - byStatus is the status at drafting; durations use the lifecycle timestamps whenever they fall, so a
 *   ticket reported on the 31st and fixed on the 2nd counts as fixed.
 * - response = submitted → accepted (first receiver), resolution = submitted → resolved, in whole calendar
 *   minutes (rounded down) as the resident lived them: no working-time or pause adjustment. Medians as in
 *   medianInteger (even count: mean of the two middle values, rounded down).
 * - on-time: of the resolved tickets, those resolved by their resolve deadline (pauses honoured), in basis
 *   points rounded down, so the report never overstates. A ticket whose rule is missing is not counted.
 * - satisfaction: mean score ×100, rounded half up.
 * - overdue: tickets that at monthEnd — or now, for a month still running — had a deadline passed with its
 *   milestone not reached. Judging a running month at its end would call a minutes-old ticket overdue.
 */
export function ticketStats(
  tickets: readonly Ticket[],
  monthStart: Date,
  monthEnd: Date,
  slaTable: readonly SlaRule[] = defaultSlaTable(),
  now: Date = monthEnd,
): TicketStats {
  const asOf = now.getTime() < monthEnd.getTime() ? now : monthEnd
  const inMonth = tickets.filter((ticket) => {
    const at = Date.parse(ticket.submittedAt)
    return at >= monthStart.getTime() && at < monthEnd.getTime()
  })
  const byStatus = Object.fromEntries(TicketStatus.options.map((status) => [status, 0])) as Record<TicketStatus, number>
  const byCategory: Record<string, number> = {}
  const responses: number[] = []
  const resolutions: number[] = []
  let resolved = 0
  let onTime = 0
  let judged = 0
  let overdue = 0
  let scoreSum = 0
  let rated = 0
  for (const ticket of inMonth) {
    byStatus[ticket.status] += 1
    byCategory[ticket.category] = (byCategory[ticket.category] ?? 0) + 1
    if (ticket.acceptedAt) responses.push(minutesBetween(ticket.submittedAt, ticket.acceptedAt))
    if (ticket.resolvedAt) resolutions.push(minutesBetween(ticket.submittedAt, ticket.resolvedAt))
    if (ticket.resolvedAt) resolved += 1
    if (ticket.rating) {
      rated += 1
      scoreSum += ticket.rating.score
    }
    const rule = findSlaRule(slaTable, ticket.category, ticket.priority)
    if (!rule) continue
    if (ticket.resolvedAt) {
      judged += 1
      if (slaState(ticket, rule, new Date(ticket.resolvedAt)).resolve === 'met') onTime += 1
    }
    if (slaState(ticket, rule, asOf).overdue) overdue += 1
  }
  return {
    monthStart: monthStart.toISOString(),
    monthEnd: monthEnd.toISOString(),
    submitted: inMonth.length,
    byStatus,
    byCategory,
    medianResponseMinutes: medianInteger(responses),
    medianResolutionMinutes: medianInteger(resolutions),
    resolved,
    onTimeRateBasisPoints: judged === 0 ? null : Math.floor((onTime * 10000) / judged),
    rated,
    // Integer half-up rounding of scoreSum*100/rated, without a float.
    satisfactionAverageX100: rated === 0 ? null : Math.floor((scoreSum * 200 + rated) / (rated * 2)),
    escalations: inMonth.filter((ticket) => ticket.escalation !== undefined).length,
    overdue,
    timeoutClosed: inMonth.filter((ticket) => ticket.closeKind === 'timeout').length,
    reopened: inMonth.filter((ticket) => ticket.reopenCount > 0).length,
  }
}

function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / MINUTE_MS))
}
