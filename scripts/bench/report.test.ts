import { withReadSizes } from './call-counts'
import { ceilingOf, isCloseCall, loadReport, type LoadRow } from './report'

const stats = (perSecond: number) => ({ perSecond, p50: 10, p99: 20, failed: 0, calls: 100, seconds: 1 })
const row = (id: string, kind: LoadRow['kind'], api: number, raw: number): LoadRow => ({
  id,
  kind,
  api: { ...stats(api), statuses: { '200': 100 } },
  rawOp: 'GetItem',
  raw: stats(raw),
})

describe('the load table’s ceiling', () => {
  const load = [row('compound.get', 'read', 1000, 1000), row('mixed', 'mix', 200, 800)]

  it('adds the API’s own work (compound.get, no DynamoDB call) to one raw operation per request', () => {
    const ceiling = ceilingOf(load)
    expect(ceiling?.ownMs).toBeCloseTo(1)
    // 1 ms own + 1.25 ms raw → 444/s, 56% of 800/s.
    expect(ceiling?.share(load[1] as LoadRow)).toBeCloseTo(1000 / 2.25 / 800)
  })

  it('says what the mix’s target needs of the API’s own work', () => {
    const text = loadReport(load, [1, 1, 1])
    expect(text).toContain('The mix: 56% of raw at best on this machine with one raw operation a request')
    // 60% of 800/s = 480/s → 2.083 ms a request, of which 1.25 ms raw: 0.83 ms left for the API.
    expect(text).toContain('at most 0.83 ms per request')
  })

  it('names why a row misses: the machine’s ceiling, the calls, or the tail', () => {
    const rows = [
      row('compound.get', 'read', 1000, 1000),
      row('mixed', 'mix', 200, 800),
      row('few.calls', 'read', 600, 800),
      row('many.calls', 'read', 100, 800),
    ]
    const text = loadReport(rows, [1, 1, 1])
    const line = (id: string) => text.split('\n').find((l) => l.startsWith(id)) ?? ''
    expect(line('mixed')).toMatch(/MISS \(machine\)$/)
    expect(line('few.calls')).toMatch(/ok$/)
    expect(line('many.calls')).toMatch(/MISS \(calls\)$/)
    // Within its one call, a miss is the route's own work.
    const one = { id: 'many.calls', kind: 'read' as const, status: 200, reads: 1, writes: 0, commands: 'Query' }
    const within = loadReport(rows, [1, 1, 1], [one])
    expect(within.split('\n').find((l) => l.startsWith('many.calls'))).toMatch(/MISS \(answer\)$/)
  })

  it('names the calls when they, made raw with no API, and the API’s work every request costs miss the target', () => {
    const many = (own: number): LoadRow => ({ ...row('create', 'write', 100, 800), ownCalls: stats(own) })
    const line = (r: LoadRow, free = 1000) =>
      loadReport([row('compound.get', 'read', free, 1000), r], [1, 1, 1])
        .split('\n')
        .find((l) => l.startsWith('create')) ?? ''
    // Its calls alone reach 25% of one raw operation: no API could make it 50%. With 1 ms of the API's own work
    // (compound.get at 1,000/s) on top of their 5 ms, 21% at best: the ceiling column.
    expect(line(many(200))).toMatch(/ 21% +25% .*MISS \(calls\)$/)
    // Its calls alone reach 75% (1.67 ms), but with the 1 ms every request costs the API, 47%: still the calls.
    expect(line(many(600))).toMatch(/ 47% +75% .*MISS \(calls\)$/)
    // With 0.25 ms of the API's own work the same calls allow 65%: what is missing is this route's own work.
    expect(line(many(600), 4000)).toMatch(/ 65% +75% .*MISS \(answer\)$/)
  })

  it('puts a tail over target on the calls when they, made raw with no API, are already over it', () => {
    const tail = (apiP99: number, ownP99: number): LoadRow => ({
      ...row('create', 'write', 700, 800),
      api: { ...stats(700), p99: apiP99, statuses: { '201': 100 } },
      ownCalls: { ...stats(750), p99: ownP99 },
    })
    const line = (r: LoadRow) =>
      loadReport([row('compound.get', 'read', 100_000, 1000), r], [1, 1, 1])
        .split('\n')
        .find((l) => l.startsWith('create')) ?? ''
    // Raw p99 20 ms, target 3×: the API's 80 ms is over; its calls alone at 70 ms (3.5×) already are.
    expect(line(tail(80, 70))).toMatch(/ 4\.0 +3\.5 +MISS \(p99: calls\)$/)
    // Its calls alone at 40 ms (2×) are within: the tail is the API's.
    expect(line(tail(80, 40))).toMatch(/ 4\.0 +2\.0 +MISS \(p99\)$/)
    expect(line(tail(50, 40))).toMatch(/ 2\.5 +2\.0 +ok$/)
  })

  it('prints every paired measurement of a route measured more than once beside the median it reports', () => {
    const read: LoadRow = { ...row('tickets.mine', 'read', 450, 800), shares: [0.48, 0.5625, 0.61] }
    const text = loadReport([row('compound.get', 'read', 1000, 1000), read], [1, 1, 1])
    expect(text.split('\n').find((l) => l.startsWith('tickets.mine'))).toMatch(/ 56% +48 56 61 /)
  })

  it('has no ceiling without compound.get', () => {
    expect(ceilingOf([row('mixed', 'mix', 200, 800)])).toBeUndefined()
  })
})

describe('where a request’s CPU goes', () => {
  const cpu = (main: number, dynamo: number) => ({ main, other: 0.1, load: 0.2, dynamo })
  const measured = (id: string, api: number, raw: number, apiCpu: ReturnType<typeof cpu>, rawCpu = cpu(0.8, 0.6)) => {
    const r = row(id, 'read', api, raw)
    return { ...r, api: { ...r.api, cpu: apiCpu }, raw: { ...r.raw, cpu: rawCpu } }
  }

  it('leaves on the event loop what is the route’s own: less a request with no call, less its calls’ SDK work', () => {
    const rows = [measured('compound.get', 2000, 1000, cpu(0.4, 0)), measured('ledger.lines', 500, 1000, cpu(1.5, 0.9))]
    const none = { id: 'compound.get', kind: 'read' as const, status: 200, reads: 0, writes: 0, commands: '' }
    const text = loadReport(rows, [1, 1, 1], [none])
    // compound.get made no call: all of its event loop's work is the baseline, none of it its own.
    expect(
      text
        .split('\n')
        .filter((l) => l.startsWith('compound.get'))[1]
        ?.split(/ {2,}/)
        .slice(-3),
    ).toEqual(['0.00', '0.00', '0.00'])
    const line = text.split('\n').filter((l) => l.startsWith('ledger.lines'))[1] ?? ''
    // 1.5 ms on the event loop at 500/s: 75% of a core; the raw client's 0.8 ms at 1,000/s: 80%.
    // Route's own: 1.5 − 0.4 (no call) − 0.8 (the one raw operation's client) = 0.3 ms.
    expect(line.split(/ {2,}/)).toEqual([
      'ledger.lines',
      '1.50',
      '75%',
      '0.10',
      '0.20',
      '0.90',
      '—',
      '0.80',
      '80%',
      '0.60',
      '0.80',
      '0.60',
      '0.30',
    ])
  })

  it('takes the calls’ SDK work from the calls made raw where they were', () => {
    const write = { ...measured('create', 100, 500, cpu(9, 12)), ownCalls: { ...stats(200), cpu: cpu(5, 11) } }
    const text = loadReport([measured('compound.get', 2000, 1000, cpu(0.5, 0)), write], [1, 1, 1])
    const line = text.split('\n').filter((l) => l.startsWith('create'))[1] ?? ''
    expect(line.split(/ {2,}/).slice(-3)).toEqual(['5.00', '11.00', '3.50'])
  })

  it('is left out when no run measured CPU', () => {
    expect(loadReport([row('compound.get', 'read', 1000, 1000)], [1, 1, 1])).not.toContain('CPU goes')
  })
})

describe('a route’s calls as the data stands when the mix starts', () => {
  const q = (items: number) => ({ command: 'Query', items })
  const get = { command: 'GetItem', items: 1 }
  const tx = { command: 'TransactWriteItems', items: 5 }

  it('keeps the calls counted on a quiet stack and sizes each Query as it reads now', () => {
    // A job's GetItem and PutItem interleaved with the request: not the route's.
    const now = [get, q(602), { command: 'PutItem', items: 1 }]
    expect(withReadSizes([q(1)], now)).toEqual([q(602)])
    expect(withReadSizes([get, q(3), tx], [q(9), get, tx])).toEqual([get, q(9), tx])
  })

  it('keeps the counted shape when the Queries do not pair up', () => {
    expect(withReadSizes([q(1)], [q(5), q(7)])).toEqual([q(1)])
  })
})

describe('a read near its target', () => {
  it('is measured again when its median share is within five points of the target, either side', () => {
    expect(isCloseCall([0.47, 0.52, 0.6], 0.5)).toBe(true)
    expect(isCloseCall([0.4, 0.46, 0.9], 0.5)).toBe(true)
    expect(isCloseCall([0.43, 0.44, 0.54], 0.5)).toBe(false)
    expect(isCloseCall([0.5, 0.56, 0.6], 0.5)).toBe(false)
    expect(isCloseCall([], 0.5)).toBe(false)
  })
})
