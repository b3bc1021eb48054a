import { TicketStats } from '@jiayuan/contracts'
import { ticketStats } from './stats'
import { at, makeTicket, sh } from '../ticket-fixture'

/**
 * Hand-computed month (June 2024, Shanghai). Default SLA table; minutes are submitted → accepted/resolved.
 *   A repair/normal     accepted +10, resolved +180 (on time), closed, rated 5
 *   B repair/normal     accepted +30, resolved +8 days = 11520 (late: 7 days), confirmed, rated 4
 *   C cleaning/normal   accepted +21, only contacted; at month end past its deadlines → overdue
 *   D noise/complaint   escalated (counts as the response), nothing else; at month end → overdue
 *   F lift/life_safety  accepted +40, resolved +60 (≤ 240: on time), timeout-closed, rated 5
 *   H other/normal      reopened, never accepted; respond deadline 29 Jun 10:00 passed → overdue
 *   E (31 May 23:00) and G (1 Jul 00:00) fall outside the month.
 * Responses 10, 21, 30, 40 → even count: (21 + 30) / 2 = 25.5 → 25.
 * Resolutions 60, 180, 11520 → 180. On time 2 of 3 → 6666 bp. Ratings 5, 4, 5 → 4.667 → 467.
 */
const tickets = [
  makeTicket({
    ticketId: 'A',
    status: 'closed',
    submittedAt: sh('2024-06-03 09:00'),
    acceptedAt: sh('2024-06-03 09:10'),
    resolvedAt: sh('2024-06-03 12:00'),
    closedAt: sh('2024-06-03 13:00'),
    rating: { score: 5, at: sh('2024-06-03 12:30') },
  }),
  makeTicket({
    ticketId: 'B',
    status: 'confirmed',
    submittedAt: sh('2024-06-04 09:00'),
    acceptedAt: sh('2024-06-04 09:30'),
    resolvedAt: sh('2024-06-12 09:00'),
    rating: { score: 4, at: sh('2024-06-12 10:00') },
  }),
  makeTicket({
    ticketId: 'C',
    category: 'cleaning',
    status: 'contacted',
    submittedAt: sh('2024-06-05 10:00'),
    acceptedAt: sh('2024-06-05 10:21'),
    contactedAt: sh('2024-06-05 11:00'),
  }),
  makeTicket({
    ticketId: 'D',
    category: 'noise',
    priority: 'complaint',
    status: 'escalated',
    submittedAt: sh('2024-06-06 08:00'),
    escalation: { to: 'community', reason: '邻里纠纷', at: sh('2024-06-06 09:00'), byId: 's-1' },
  }),
  makeTicket({ ticketId: 'E', submittedAt: sh('2024-05-31 23:00') }),
  makeTicket({
    ticketId: 'F',
    category: 'lift',
    priority: 'life_safety',
    status: 'closed',
    closeKind: 'timeout',
    submittedAt: sh('2024-06-20 09:00'),
    acceptedAt: sh('2024-06-20 09:40'),
    onSiteAt: sh('2024-06-20 09:50'),
    resolvedAt: sh('2024-06-20 10:00'),
    closedAt: sh('2024-06-23 10:00'),
    rating: { score: 5, at: sh('2024-06-24 10:00') },
  }),
  makeTicket({ ticketId: 'G', submittedAt: sh('2024-07-01 00:00') }),
  makeTicket({
    ticketId: 'H',
    category: 'other',
    status: 'reopened',
    reopenCount: 1,
    submittedAt: sh('2024-06-28 10:00'),
  }),
]

describe('ticketStats', () => {
  const stats = ticketStats(tickets, at('2024-06-01 00:00'), at('2024-07-01 00:00'))

  it('matches the hand-computed month', () => {
    expect(stats).toMatchObject({
      submitted: 6,
      medianResponseMinutes: 25,
      medianResolutionMinutes: 180,
      resolved: 3,
      onTimeRateBasisPoints: 6666,
      rated: 3,
      satisfactionAverageX100: 467,
      escalations: 1,
      overdue: 3,
      timeoutClosed: 1,
      reopened: 1,
    })
  })

  it('counts by status (every status present) and by category', () => {
    expect(stats.byStatus).toMatchObject({
      closed: 2,
      confirmed: 1,
      contacted: 1,
      escalated: 1,
      reopened: 1,
      submitted: 0,
      accepted: 0,
    })
    expect(Object.keys(stats.byStatus)).toHaveLength(11)
    expect(stats.byCategory).toEqual({ repair: 2, cleaning: 1, noise: 1, lift: 1, other: 1 })
  })

  it('fits the contract', () => {
    expect(TicketStats.parse(stats)).toEqual(stats)
  })

  it('gives nulls, not zeros, for a month without data', () => {
    expect(ticketStats([], at('2024-06-01 00:00'), at('2024-07-01 00:00'))).toMatchObject({
      submitted: 0,
      medianResponseMinutes: null,
      medianResolutionMinutes: null,
      onTimeRateBasisPoints: null,
      satisfactionAverageX100: null,
    })
  })

  it('leaves a ticket whose rule is missing out of on-time and overdue', () => {
    const lone = makeTicket({
      category: 'x',
      status: 'resolved',
      acceptedAt: sh('2024-06-03 09:01'),
      resolvedAt: sh('2024-06-03 10:00'),
    })
    const result = ticketStats([lone], at('2024-06-01 00:00'), at('2024-07-01 00:00'), [])
    expect(result).toMatchObject({ resolved: 1, onTimeRateBasisPoints: null, overdue: 0, medianResolutionMinutes: 60 })
  })
})

describe('ticketStats in a month still running', () => {
  it('judges overdue as of now, not as of the end of the month', () => {
    const start = at('2024-06-01 00:00')
    const end = at('2024-07-01 00:00')
    const now = at('2024-06-12 10:05')
    const fresh = makeTicket({ ticketId: 'N', submittedAt: sh('2024-06-12 10:00') })
    expect(ticketStats([fresh], start, end, undefined, now).overdue).toBe(0)
    expect(ticketStats([fresh], start, end).overdue).toBe(1)
  })
})
