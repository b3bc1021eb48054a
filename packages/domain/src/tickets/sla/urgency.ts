import type { Ticket, TicketSla } from '@jiayuan/contracts'

const PRIORITY_RANK = { life_safety: 0, urgent: 1, normal: 2, complaint: 2 } as const

/** What a ticket's place in a worker's list is decided by, at one instant (its SLA computed then). */
export interface UrgencyKey {
  overdue: boolean
  rank: number
  /** Minutes left on the running deadline; none (paused, no rule) sorts after every deadline. */
  left: number
  submittedAt: string
  ticketId: string
}

type Urgent = {
  ticket: Pick<Ticket, 'ticketId' | 'priority' | 'submittedAt'>
  sla: Pick<TicketSla, 'overdue' | 'remainingMinutes'> | null
}

export function urgencyKey(v: Urgent): UrgencyKey {
  return {
    overdue: v.sla?.overdue ?? false,
    rank: PRIORITY_RANK[v.ticket.priority],
    left: v.sla?.remainingMinutes ?? Number.MAX_SAFE_INTEGER,
    submittedAt: v.ticket.submittedAt,
    ticketId: v.ticket.ticketId,
  }
}

/** Most pressing first: overdue, then life-and-safety and urgent, then the nearest deadline, then oldest. */
export function compareUrgency(a: UrgencyKey, b: UrgencyKey): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  if (a.rank !== b.rank) return a.rank - b.rank
  if (a.left !== b.left) return a.left - b.left
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? -1 : 1
  return a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0
}

/**
 * The first `limit` rows of `rows` in urgency order that come after `after` (from the start without it), and
 * whether more follow: what sorting every row and cutting the page gives, without sorting them all (网格工单
 * orders a grid's whole backlog on every read and shows 20 rows of it). Keeps the page sorted as it goes.
 */
export function pageByUrgency<T extends { key: UrgencyKey }>(
  rows: readonly T[],
  after: UrgencyKey | undefined,
  limit: number,
): { page: T[]; more: boolean } {
  const page: T[] = []
  let candidates = 0
  for (const row of rows) {
    if (after && compareUrgency(row.key, after) <= 0) continue
    candidates += 1
    const last = page[page.length - 1]
    if (page.length === limit && (!last || compareUrgency(row.key, last.key) >= 0)) continue
    // Where it goes among the rows kept so far (binary search), the last one dropped once the page is full.
    let lo = 0
    let hi = page.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const kept = page[mid]
      if (kept && compareUrgency(kept.key, row.key) < 0) lo = mid + 1
      else hi = mid
    }
    page.splice(lo, 0, row)
    if (page.length > limit) page.pop()
  }
  return { page, more: candidates > limit }
}

/** The grid worker's order (网格工单, the dispatch console), as a sort comparator. */
export function byUrgency(a: Urgent, b: Urgent): number {
  return compareUrgency(urgencyKey(a), urgencyKey(b))
}

/** A key as printable text, for a page's cursor: the next page starts after it. */
export function urgencyPosition(k: UrgencyKey): string {
  return [k.overdue ? 1 : 0, k.rank, k.left, k.submittedAt, k.ticketId].join('~')
}

/** The key a position stands for, or undefined when it is not one. */
export function urgencyFromPosition(text: string): UrgencyKey | undefined {
  const [overdue, rank, left, submittedAt, ticketId, ...rest] = text.split('~')
  if (rest.length || !ticketId || !submittedAt || !/^[01]$/.test(overdue ?? '')) return undefined
  if (!/^\d$/.test(rank ?? '') || !/^-?\d{1,16}$/.test(left ?? '')) return undefined
  return { overdue: overdue === '1', rank: Number(rank), left: Number(left), submittedAt, ticketId }
}
