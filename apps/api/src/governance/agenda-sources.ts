import type { Ticket } from '@jiayuan/contracts'
import { evaluationsOfQuarter, listDisclosureObjections, listJointMeetings, listTicketsInStatuses } from '@jiayuan/db'
import {
  currentQuarter,
  DISCLOSURE_TITLE,
  previousQuarter,
  summarizeEvaluations,
  type AgendaSources,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { NOT_CLOSED } from '../tickets/context'

const label = (t: Ticket) => `${t.number ?? ''} ${t.description}`.trim().slice(0, 40)

/**
 * What a new joint meeting's agenda is drafted from (G2): the compound's open tickets (one Query) split into
 * escalated and overdue ones, disclosure objections still open, and the last quarter rated below 红 (S2).
 */
export async function agendaSources(deps: Deps, compoundId: string, now: Date): Promise<AgendaSources> {
  const quarter = previousQuarter(currentQuarter(now))
  const [open, objections, ratings, meetings] = await Promise.all([
    listTicketsInStatuses(deps.db, compoundId, NOT_CLOSED),
    listDisclosureObjections(deps.db, compoundId),
    evaluationsOfQuarter(deps.db, compoundId, quarter),
    listJointMeetings(deps.db, compoundId),
  ])
  const openIds = new Set(open.map((t) => t.ticketId))
  const summary = summarizeEvaluations(quarter, ratings)
  const previous = meetings.find((m) => m.status === 'locked')
  return {
    ...(previous ? { previousMeetingId: previous.meetingId } : {}),
    escalated: open.filter((t) => t.status === 'escalated').map((t) => ({ ticketId: t.ticketId, label: label(t) })),
    overdue: open
      .filter((t) => t.status !== 'escalated' && (t.breaches?.length ?? 0) > 0)
      .map((t) => ({ ticketId: t.ticketId, label: label(t) })),
    objections: objections
      .filter((o) => openIds.has(o.ticketId))
      .map((o) => ({ objectionId: o.objectionId, label: `${DISCLOSURE_TITLE[o.section]} 第 ${o.sectionVersion} 版` })),
    ...(summary.board && summary.board !== 'red' && summary.scoreX100 !== null
      ? { lowRating: { quarter, score: Math.round(summary.scoreX100 / 5) } }
      : {}),
  }
}
