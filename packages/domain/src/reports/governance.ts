import type { ReportGovernance, ReportMeeting } from '@jiayuan/contracts'

const pick = (m: ReportMeeting): ReportMeeting => ({
  meetingId: m.meetingId,
  title: m.title,
  status: m.status,
  ...(m.noticePublishedAt ? { noticePublishedAt: m.noticePublishedAt } : {}),
  ...(m.votingOpensAt ? { votingOpensAt: m.votingOpensAt } : {}),
  ...(m.votingClosesAt ? { votingClosesAt: m.votingClosesAt } : {}),
  ...(m.finalAt ? { finalAt: m.finalAt } : {}),
  ...(m.ballotRootHash ? { ballotRootHash: m.ballotRootHash } : {}),
})

/**
 * Decisions, votes in progress and notices (D3) as the meetings stand when the report is drafted. A decision
 * belongs to the month its result became final (V10); a vote closed but not yet final is still in progress.
 */
export function reportGovernance(
  meetings: readonly ReportMeeting[],
  monthStart: Date,
  monthEnd: Date,
): ReportGovernance {
  const inMonth = (iso: string | undefined) =>
    iso !== undefined && Date.parse(iso) >= monthStart.getTime() && Date.parse(iso) < monthEnd.getTime()
  const byOpening = (a: ReportMeeting, b: ReportMeeting) =>
    (a.votingOpensAt ?? '').localeCompare(b.votingOpensAt ?? '') || a.meetingId.localeCompare(b.meetingId)
  return {
    decisions: meetings
      .filter((m) => m.status === 'final' && inMonth(m.finalAt))
      .map(pick)
      .sort(byOpening),
    votesInProgress: meetings
      .filter((m) => m.status === 'open' || m.status === 'closed' || m.status === 'preliminary')
      .map(pick)
      .sort(byOpening),
    notices: meetings
      .filter((m) => m.status === 'noticed')
      .map(pick)
      .sort(byOpening),
  }
}
