import type { Ticket } from '@jiayuan/contracts'
import { defaultSlaTable } from '../tickets/sla/sla-table'
import {
  basisPoints,
  checkGrading,
  addCounts,
  consoleKeyOf,
  consoleRow,
  consoleTotals,
  pageOfConsole,
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

  it('totals count facts over every compound and derive rates from the counter totals', () => {
    const fa = {
      compoundId: 'a',
      hasCommittee: true,
      companyName: '甲物业',
      band: { quarter: '2026-Q3', band: 'red' as const, scoreX100: 9100 },
      openRectifications: 2,
    }
    const fb = { compoundId: 'b', hasPartyBranch: true }
    const ca = { ...zeroCounts(), ticketsClosed: 4, ticketsOnTime: 3, billedFen: 1000, collectedFen: 900 }
    const cb = { ...zeroCounts(), ratings: 2, ratingSum: 9 }
    const t = consoleTotals([fa, fb], addCounts([ca, cb]))
    expect(t.committee).toEqual({ count: 1, of: 2, basisPoints: 5000 })
    expect(t.professional.basisPoints).toBe(5000)
    expect(t.onTimeBasisPoints).toBe(7500)
    expect(t.satisfactionX100).toBe(450)
    expect(t.collectionBasisPoints).toBe(9000)
    expect(t.bands).toEqual({ red: 1, grey: 0, black: 0, none: 1 })
    expect(t.openRectifications).toBe(2)
    const b = consoleRow(fb, cb)
    expect(b.onTimeBasisPoints).toBeNull()
    expect(b.satisfactionX100).toBe(450)
    expect(b.compoundName).toBe('b')
  })

  it('pages follow the console order (community, then name by Chinese collation), each line exactly once', () => {
    const names = ['张家', '阿里', '白云', '春华', '东方', '安居']
    const lines = names.flatMap((n, i) => [
      { compoundId: `x${i}`, communityName: '乙社区', compoundName: `${n}小区` },
      { compoundId: `y${i}`, communityName: '甲社区', compoundName: `${n}苑` },
    ])
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const { page, next } = pageOfConsole(lines, (f) => consoleKeyOf(f), cursor, 5)
      expect(page.length).toBeLessThanOrEqual(5)
      seen.push(...page.map((f) => f.compoundId))
      cursor = next ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    const whole = pageOfConsole(lines, (f) => consoleKeyOf(f), undefined, 100)
    expect(whole.next).toBeNull()
    expect(seen).toEqual(whole.page.map((f) => f.compoundId))
    // 甲 (jiǎ) before 乙 (yǐ); within a community 阿 (ā), 安 (ān), 白 (bái), 春 (chūn), 东 (dōng), 张 (zhāng).
    expect(whole.page.slice(0, 6).map((f) => f.compoundName)).toEqual(
      ['阿里', '安居', '白云', '春华', '东方', '张家'].map((n) => `${n}苑`),
    )
  })

  it('a page after a cursor starts after that line even when lines before it went away; a bad cursor names the field', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({
      compoundId: `c${i}`,
      communityName: '社区',
      compoundName: `小区${i}`,
    }))
    const first = pageOfConsole(lines, (f) => consoleKeyOf(f), undefined, 4)
    const fewer = lines.filter((f) => f.compoundId !== 'c1')
    const second = pageOfConsole(fewer, (f) => consoleKeyOf(f), first.next ?? undefined, 4)
    expect(second.page.map((f) => f.compoundId)).toEqual(['c4', 'c5', 'c6', 'c7'])
    expect(() => pageOfConsole(lines, (f) => consoleKeyOf(f), 'not-json', 4)).toThrow('cursor')
    expect(() => pageOfConsole(lines, (f) => consoleKeyOf(f), '[1,2,3]', 4)).toThrow('cursor')
  })

  it('grading: this year or last, and only once criteria are published', () => {
    const now = new Date('2026-12-31T17:00:00.000Z') // 2027-01-01 in Beijing
    expect(checkGrading(2026, now, 1)).toBe(1)
    expect(() => checkGrading(2025, now, 1)).toThrow('year')
    expect(() => checkGrading(2027, now, undefined)).toThrow('评定标准')
  })
})
