import type { SlaRule, Ticket } from '@jiayuan/contracts'
import { nextDeadline, slaState, slaUrgency, urgencyAt } from './sla-state'
import { makeTicket, T0 } from '../ticket-fixture'
import { seededRandom } from '../../seeded-random'

const MINUTE = 60_000
const iso = (ms: number) => new Date(ms).toISOString()

/** A ticket somewhere in its life: some milestones reached, some pauses (one maybe still open), on either clock. */
function caseOf(n: number): { ticket: Ticket; rule: SlaRule; now: Date } {
  const next = seededRandom(n)
  const pick = <T>(...options: T[]): T => options[Math.floor(next() * options.length)] as T
  const start = Date.parse(T0) + Math.floor(next() * 7 * 24 * 60) * MINUTE + pick(0, 17_123)
  const after = (maxMinutes: number) => start + Math.floor(next() * maxMinutes) * MINUTE + pick(0, 30_000)
  const maybe = (maxMinutes: number) => (next() < 0.4 ? iso(after(maxMinutes)) : undefined)
  const respondMinutes = pick(30, 120, 1440)
  const rule: SlaRule = {
    category: 'repair',
    priority: 'normal',
    respondMinutes,
    onSiteMinutes: respondMinutes + pick(0, 60, 600),
    resolveMinutes: pick(1440, 10_080, 90),
    clock: pick('calendar', 'working'),
  }
  const pauses = Array.from({ length: pick(0, 0, 1, 2, 3) }, () => {
    const from = after(6000)
    const ended = next() < 0.7
    return { startedAt: iso(from), ...(ended ? { endedAt: iso(from + Math.floor(next() * 3000) * MINUTE) } : {}) }
  }).map((pause) => ({ ...pause, reason: '等待业主在家' }))
  const accepted = maybe(3000)
  const ticket = makeTicket({
    submittedAt: iso(start),
    pauses,
    ...(accepted ? { acceptedAt: accepted } : {}),
    ...(next() < 0.1 ? { escalation: { to: 'community', reason: '不属物业', at: iso(after(3000)), byId: 'w-1' } } : {}),
    ...(next() < 0.3 ? { onSiteAt: iso(after(5000)) } : {}),
    ...(next() < 0.3 ? { resolvedAt: iso(after(12_000)) } : {}),
  } as Partial<Ticket>)
  return { ticket, rule, now: new Date(after(15_000)) }
}

describe('slaUrgency', () => {
  it('gives the overdue flag and remaining minutes slaState gives, over 5,000 tickets in every state', () => {
    const differing: number[] = []
    let overdue = 0
    let done = 0
    for (let n = 1; n <= 5_000; n++) {
      const { ticket, rule, now } = caseOf(n)
      // At the case's instant, and exactly at each of its deadlines (still on time there, late a millisecond on).
      const { respondBy, onSiteBy, resolveBy } = slaState(ticket, rule, now).deadlines
      const instants = [now, ...[respondBy, onSiteBy, resolveBy].flatMap((by) => [Date.parse(by), Date.parse(by) + 1])]
      for (const instant of instants) {
        const when = new Date(instant)
        const full = slaState(ticket, rule, when)
        const quick = slaUrgency(ticket, rule, when)
        if (quick.overdue !== full.overdue || quick.remainingMinutes !== full.remainingMinutes) differing.push(n)
      }
      const full = slaState(ticket, rule, now)
      if (full.overdue) overdue += 1
      if (full.remainingMinutes === null) done += 1
    }
    expect(differing).toEqual([])
    // The cases reach every branch: overdue and on time, and every milestone reached.
    expect(overdue).toBeGreaterThan(500)
    expect(5_000 - overdue - done).toBeGreaterThan(500)
    expect(done).toBeGreaterThan(50)
  })

  it('keeps a deadline from the instant it is steady: at every later instant it answers as slaState does', () => {
    const differing: number[] = []
    let steady = 0
    let running = 0
    for (let n = 1; n <= 5_000; n++) {
      const { ticket, rule, now } = caseOf(n)
      // Asked at the case's own instant, maybe before a time the ticket records: kept only if steady already.
      const early = nextDeadline(ticket, rule, now)
      if (early.steadyFrom !== undefined) expect(early.steadyFrom).toBeLessThanOrEqual(now.getTime())
      for (const instant of [now.getTime(), now.getTime() + 60_000 * MINUTE]) {
        if (early.steadyFrom === undefined) break
        const full = slaState(ticket, rule, new Date(instant))
        const quick = urgencyAt(early.nextBy, new Date(instant))
        if (quick.overdue !== full.overdue || quick.remainingMinutes !== full.remainingMinutes) differing.push(n)
      }
      const kept = nextDeadline(ticket, rule, new Date(Date.parse(ticket.submittedAt) + 20_000 * MINUTE))
      const from = kept.steadyFrom
      if (from === undefined) {
        // A pause still running: never kept.
        expect(ticket.pauses.some((pause) => pause.endedAt === undefined)).toBe(true)
        running += 1
        continue
      }
      steady += 1
      const { respondBy, onSiteBy, resolveBy } = slaState(ticket, rule, new Date(from)).deadlines
      const later = [0, 1, 59_999, 60_000, 3 * 24 * 60 * MINUTE].map((d) => from + d)
      const edges = [respondBy, onSiteBy, resolveBy].flatMap((by) => [Date.parse(by), Date.parse(by) + 1])
      for (const instant of [...later, ...edges.filter((e) => e >= from)]) {
        const when = new Date(instant)
        const full = slaState(ticket, rule, when)
        const quick = urgencyAt(kept.nextBy, when)
        if (quick.overdue !== full.overdue || quick.remainingMinutes !== full.remainingMinutes) differing.push(n)
      }
      // A time the ticket records after the instant asked: not steady before it.
      const times = [ticket.acceptedAt, ticket.onSiteAt, ticket.resolvedAt, ...ticket.pauses.map((p) => p.endedAt)]
      for (const time of times) if (time !== undefined) expect(from).toBeGreaterThan(Date.parse(time))
    }
    expect(differing).toEqual([])
    expect(steady).toBeGreaterThan(2_000)
    expect(running).toBeGreaterThan(200)
  })
})
