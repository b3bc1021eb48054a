import fc from 'fast-check'
import type { EvaluationInputs, QuarterCounts, ScoreSheet } from '@jiayuan/contracts'
import { DEFAULT_RUBRIC } from '../rubric/default-rubric'
import { bandOfScore, rankCompounds, scoreEvaluation, unscored } from './score'

const counts = (over: Partial<QuarterCounts> = {}): QuarterCounts => ({
  ticketsClosed: 20,
  ticketsOnTime: 18,
  ratings: 10,
  ratingSum: 45,
  billedFen: 1_000_000,
  collectedFen: 950_000,
  rectificationsIssued: 1,
  rectificationsOverdue: 1,
  ...over,
})

const sheet = (party: ScoreSheet['party'], itemId: string, deductX100: number[], failedVeto = false): ScoreSheet => ({
  userId: `u-${party}-${itemId}-${deductX100.join('-')}`,
  name: party,
  party,
  items: [
    {
      itemId,
      deductions: deductX100.map((d) => ({
        deductX100: d,
        reason: '楼道堆物',
        evidence: { kind: 'ticket', ticketId: 't1' },
      })),
    },
  ],
  vetoes:
    party === 'community_party'
      ? [
          {
            vetoId: 'fire-safety',
            failed: failedVeto,
            ...(failedVeto ? { reason: '消防通道堵塞', evidence: { kind: 'upload', key: 'k' } } : {}),
          },
        ]
      : [],
  at: '2026-12-20T02:00:00.000Z',
})

const inputs = (over: Partial<EvaluationInputs> = {}): EvaluationInputs => ({
  rubric: DEFAULT_RUBRIC,
  survey: { quarter: '2026-Q4', ratings: 12, componentsX100: null, scoreX100: 460, board: 'red' },
  counts: counts(),
  lastDisclosureAt: '2026-12-05T02:00:00.000Z',
  sheets: [
    sheet('community_party', 'party', []),
    sheet('committee', 'committee', [100]),
    sheet('residents', 'residents', [50]),
  ],
  asOf: '2026-12-31T16:00:00.000Z',
  earlierFailing: [],
  ...over,
})

describe('scoreEvaluation (S2)', () => {
  it('scores each source by its formula and adds them up exactly', () => {
    const r = scoreEvaluation(inputs())
    const by = Object.fromEntries(r.items.map((i) => [i.itemId, i.scoreX100]))
    // survey 4.60 → (4.60−1)/4 × 30 = 27.00; on time 18/20 × 10 = 9; satisfaction (45−10)/40 × 10 = 8.75
    expect(by).toEqual({
      survey: 2700,
      'on-time': 900,
      satisfaction: 875,
      collection: 475,
      disclosure: 500,
      rectification: 375,
      party: 1000,
      committee: 1400,
      residents: 950,
    })
    expect(r.totalX100).toBe(9175)
    expect([r.scoreBand, r.band, r.failing]).toEqual(['red', 'red', false])
  })

  it('lists each deduction: the figure for data and survey items, the reason and evidence for panel items', () => {
    const r = scoreEvaluation(inputs())
    const committee = r.items.find((i) => i.itemId === 'committee')
    expect(committee?.deductions).toEqual([
      { deductX100: 100, reason: '楼道堆物', party: 'committee', evidence: { kind: 'ticket', ticketId: 't1' } },
    ])
    expect(r.items.find((i) => i.itemId === 'on-time')?.deductions[0]?.reason).toContain('按时办结 18/20 件')
  })

  it('averages the members of a party, half up', () => {
    const r = scoreEvaluation(
      inputs({ sheets: [sheet('residents', 'residents', [101]), sheet('residents', 'residents', [0 + 200])] }),
    )
    // (899 + 800) / 2 = 849.5 → 850
    expect(r.items.find((i) => i.itemId === 'residents')?.scoreX100).toBe(850)
  })

  it('a failed veto item makes the band 黑 whatever the score', () => {
    const r = scoreEvaluation(
      inputs({ sheets: [...inputs().sheets.slice(1), sheet('community_party', 'party', [], true)] }),
    )
    expect(r.totalX100).toBeGreaterThanOrEqual(9000)
    expect([r.scoreBand, r.band]).toEqual(['red', 'black'])
    expect(r.bandReason).toBe('一票否决：消防安全检查不合格')
  })

  it('three quarters in a row off 红榜 make 黑; two do not; a 红 quarter breaks the streak', () => {
    const grey = inputs({ survey: { ...inputs().survey, scoreX100: 300 } })
    expect(scoreEvaluation(grey).band).toBe('grey')
    expect(scoreEvaluation({ ...grey, earlierFailing: [true] }).band).toBe('grey')
    const third = scoreEvaluation({ ...grey, earlierFailing: [true, true] })
    expect([third.scoreBand, third.band, third.bandReason]).toEqual([
      'grey',
      'black',
      '连续 3 个季度未进红榜，列入黑榜',
    ])
    expect(scoreEvaluation({ ...grey, earlierFailing: [true, false, true] }).band).toBe('grey')
  })

  it('bands at the thresholds: 90 is 红, 89.99 灰, 60 灰, 59.99 黑', () => {
    expect([9000, 8999, 6000, 5999].map((t) => bandOfScore(t, DEFAULT_RUBRIC))).toEqual([
      'red',
      'grey',
      'grey',
      'black',
    ])
    // total = survey part + 6475; survey 4.44 → (4.44 − 1) ÷ 4 × 30 = 25.80
    const r = scoreEvaluation(inputs({ survey: { ...inputs().survey, scoreX100: 444 } }))
    expect([r.totalX100, r.band]).toEqual([6475 + 2580, 'red'])
  })

  it('names unscored panel and veto items', () => {
    expect(unscored(inputs({ sheets: [] }))).toEqual([
      '党建引领与协同',
      '合同履约与公开',
      '环境与秩序',
      '消防安全检查不合格',
    ])
    expect(unscored(inputs())).toEqual([])
  })
})

describe('scoreEvaluation properties', () => {
  const arbCounts = fc
    .record({
      closed: fc.nat(500),
      late: fc.nat(500),
      ratings: fc.nat(200),
      avg: fc.integer({ min: 1, max: 5 }),
      billed: fc.nat(10_000_000),
      unpaid: fc.nat(10_000_000),
      overdue: fc.nat(8),
    })
    .map((c) =>
      counts({
        ticketsClosed: c.closed,
        ticketsOnTime: Math.max(0, c.closed - c.late),
        ratings: c.ratings,
        ratingSum: c.ratings * c.avg,
        billedFen: c.billed,
        collectedFen: Math.max(0, c.billed - c.unpaid),
        rectificationsOverdue: c.overdue,
      }),
    )
  const arbInputs = fc
    .record({
      counts: arbCounts,
      survey: fc.option(fc.integer({ min: 100, max: 500 }), { nil: null }),
      committee: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }),
      residents: fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 5 }),
      veto: fc.boolean(),
      earlier: fc.array(fc.boolean(), { maxLength: 4 }),
    })
    .map((a) =>
      inputs({
        counts: a.counts,
        survey: {
          quarter: '2026-Q4',
          ratings: a.survey === null ? 0 : 5,
          componentsX100: null,
          scoreX100: a.survey,
          board: null,
        },
        sheets: [
          sheet('community_party', 'party', [], a.veto),
          sheet('committee', 'committee', a.committee),
          sheet('residents', 'residents', a.residents),
        ],
        earlierFailing: a.earlier,
      }),
    )

  it('the total is the sum of the items, each within its points, and never above the maximum', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const r = scoreEvaluation(i)
        expect(r.totalX100).toBe(r.items.reduce((s, x) => s + x.scoreX100, 0))
        for (const item of r.items) expect(item.scoreX100).toBeGreaterThanOrEqual(0)
        for (const item of r.items) expect(item.scoreX100).toBeLessThanOrEqual(item.pointsX100)
        expect(r.maxX100).toBe(10_000)
      }),
    )
  })

  it('a failed veto item always gives 黑; without one, 红 only at ≥ 90 and never 黑 at ≥ 60 unless the streak', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const r = scoreEvaluation(i)
        if (r.vetoes.some((v) => v.failed)) expect(r.band).toBe('black')
        else if (r.band === 'red') expect(r.totalX100).toBeGreaterThanOrEqual(9000)
        else if (r.band === 'black' && r.totalX100 >= 6000) expect(i.earlierFailing.slice(0, 2)).toEqual([true, true])
      }),
    )
  })

  it('is a function of its inputs: the same inputs give the same result', () => {
    fc.assert(fc.property(arbInputs, (i) => expect(scoreEvaluation(structuredClone(i))).toEqual(scoreEvaluation(i))))
  })
})

describe('rankCompounds', () => {
  const at = (compoundId: string, totalX100: number, vetoed = false) => ({
    compoundId,
    result: { ...scoreEvaluation(inputs()), totalX100, vetoes: [{ vetoId: 'v', label: 'v', failed: vetoed }] },
  })

  it('ranks by total, ties share a rank, a failed veto item after every other', () => {
    const ranks = rankCompounds([at('a', 8000), at('b', 9500, true), at('c', 9000), at('d', 8000), at('e', 7000)])
    expect(Object.fromEntries(ranks)).toEqual({ c: 1, a: 2, d: 2, e: 4, b: 5 })
  })

  it('gives every compound a rank between 1 and the number of compounds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10_000), fc.boolean()), { maxLength: 30 }), (rows) => {
        const ranks = rankCompounds(rows.map(([t, v], i) => at(`c${i}`, t, v)))
        expect(ranks.size).toBe(rows.length)
        for (const r of ranks.values()) expect(r >= 1 && r <= rows.length).toBe(true)
        if (rows.length) expect(Math.min(...ranks.values())).toBe(1)
      }),
    )
  })
})
