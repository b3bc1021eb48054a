import type { Ticket } from '@jiayuan/contracts'
import { defaultSlaTable } from '../tickets/sla/sla-table'
import {
  basisPoints,
  checkGrading,
  consoleRow,
  consoleTotals,
  meanX100,
  quarterOfPeriod,
  ticketFiguresDelta,
  zeroCounts,
} from './figures'

const ticket = (over: Partial<Ticket>): Ticket =>
  ({
    ticketId: 't1',
    compoundId: 'c1',
    requesterId: 'u1',
    category: 'repair',
    priority: 'normal',
    triage: 'property',
    status: 'resolved',
    location: { kind: 'public', placeId: 'p' },
    description: 'x',
    descriptionModeration: 'passed',
    photos: [],
    afterPhotos: [],
    submittedAt: '2026-09-30T15:00:00.000Z',
    resolvedAt: '2026-09-30T17:00:00.000Z',
    pauses: [],
    reopenCount: 0,
    ...over,
  }) as Ticket

describe('street figures (S5)', () => {
  it('a close counts in the Beijing quarter of the close, a reopen takes it back, a later rating adds to it', () => {
    const resolved = ticket({})
    // 2026-09-30 17:30 UTC is 2026-10-01 01:30 in Beijing: the fourth quarter.
    const closed = ticket({ status: 'closed', closedAt: '2026-09-30T17:30:00.000Z' })
    expect([...ticketFiguresDelta(resolved, closed, defaultSlaTable())]).toEqual([
      ['2026-Q4', { ticketsClosed: 1, ticketsOnTime: 1 }],
    ])
    const rated = { ...closed, rating: { score: 5, at: '2026-10-02T00:00:00.000Z' } }
    expect([...ticketFiguresDelta(closed, rated, defaultSlaTable())]).toEqual([
      ['2026-Q4', { ratings: 1, ratingSum: 5 }],
    ])
    const reopened = ticket({ status: 'reopened', reopenCount: 1 })
    expect([...ticketFiguresDelta(rated, reopened, defaultSlaTable())]).toEqual([
      ['2026-Q4', { ticketsClosed: -1, ticketsOnTime: -1, ratings: -1, ratingSum: -5 }],
    ])
    expect(ticketFiguresDelta(resolved, ticket({ status: 'confirmed' }), defaultSlaTable()).size).toBe(0)
  })

  it('bills count in the quarter of their period', () => {
    expect(['2026-11', '2026-Q2', '2026'].map(quarterOfPeriod)).toEqual(['2026-Q4', '2026-Q2', '2026-Q1'])
  })

  it('rates are integers, rounded down, and null with nothing to divide', () => {
    expect(basisPoints(2, 3)).toBe(6666)
    expect(basisPoints(0, 0)).toBeNull()
    expect(meanX100(9, 2)).toBe(450)
    expect(meanX100(0, 0)).toBeNull()
  })

  it('totals derive coverage, rates and band counts from the rows', () => {
    const a = consoleRow(
      {
        compoundId: 'a',
        streetId: 's',
        hasCommittee: true,
        companyName: '甲物业',
        band: { quarter: '2026-Q3', band: 'red', scoreX100: 9100 },
      },
      { ...zeroCounts(), ticketsClosed: 4, ticketsOnTime: 3, billedFen: 1000, collectedFen: 900 },
    )
    const b = consoleRow(
      { compoundId: 'b', streetId: 's', hasPartyBranch: true },
      { ...zeroCounts(), ratings: 2, ratingSum: 9 },
    )
    const t = consoleTotals([a, b])
    expect(t.committee).toEqual({ count: 1, of: 2, basisPoints: 5000 })
    expect(t.professional.basisPoints).toBe(5000)
    expect(t.onTimeBasisPoints).toBe(7500)
    expect(t.satisfactionX100).toBe(450)
    expect(t.collectionBasisPoints).toBe(9000)
    expect(t.bands).toEqual({ red: 1, grey: 0, black: 0, none: 1 })
    expect(b.onTimeBasisPoints).toBeNull()
  })

  it('grading: this year or last, and only once criteria are published', () => {
    const now = new Date('2026-12-31T17:00:00.000Z') // 2027-01-01 in Beijing
    expect(checkGrading(2026, now, 1)).toBe(1)
    expect(() => checkGrading(2025, now, 1)).toThrow('year')
    expect(() => checkGrading(2027, now, undefined)).toThrow('评定标准')
  })
})
