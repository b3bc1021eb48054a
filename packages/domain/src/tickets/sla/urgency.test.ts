import type { TicketView } from '@jiayuan/contracts'
import { seededRandom } from '../../seeded-random'
import {
  byUrgency,
  compareUrgency,
  pageByUrgency,
  urgencyFromPosition,
  urgencyKey,
  urgencyPosition,
  type UrgencyKey,
} from './urgency'

const view = (
  id: string,
  patch: { priority?: TicketView['ticket']['priority']; overdue?: boolean; left?: number | null },
): TicketView =>
  ({
    ticket: { ticketId: id, priority: patch.priority ?? 'normal', submittedAt: `2024-06-03T0${id}:00:00.000Z` },
    sla: { overdue: patch.overdue ?? false, remainingMinutes: patch.left ?? null },
  }) as unknown as TicketView

describe('byUrgency', () => {
  it('puts overdue first, then life and safety, then the nearest deadline', () => {
    const list = [
      view('1', { left: 600 }),
      view('2', { left: 30 }),
      view('3', { priority: 'life_safety', left: 25 }),
      view('4', { overdue: true, left: -5 }),
    ]
    expect(list.sort(byUrgency).map((v) => v.ticket.ticketId)).toEqual(['4', '3', '2', '1'])
  })

  it('puts a ticket with no running deadline after every deadline, then the oldest first', () => {
    const list = [view('2', { left: null }), view('1', { left: null }), view('3', { left: 9_000 })]
    expect(list.sort(byUrgency).map((v) => v.ticket.ticketId)).toEqual(['3', '1', '2'])
  })
})

describe('urgency positions (a page cursor)', () => {
  it('reads back the key it was written from', () => {
    for (const v of [view('4', { overdue: true, left: -5 }), view('1', { left: null }), view('3', { left: 25 })]) {
      const key = urgencyKey(v)
      expect(urgencyFromPosition(urgencyPosition(key))).toEqual(key)
    }
  })

  it('is not fooled by text that is not a position', () => {
    for (const bad of ['', '1~2', 'x~0~1~2024~t', '1~9~abc~2024~t', '1~0~5~2024~t~extra'])
      expect(urgencyFromPosition(bad)).toBeUndefined()
  })
})

describe('pageByUrgency', () => {
  it('gives the page that sorting every row and cutting after the cursor gives, for any cursor and size', () => {
    for (let n = 1; n <= 300; n++) {
      const next = seededRandom(n)
      const pick = <T>(...options: T[]): T => options[Math.floor(next() * options.length)] as T
      const rows = Array.from({ length: Math.floor(next() * 80) }, (_, i) => ({
        key: {
          overdue: next() < 0.2,
          rank: pick(0, 1, 2),
          // Few distinct values, so ties fall through to the submission time and the id.
          left: pick(-30, 0, 5, 5, 120, Number.MAX_SAFE_INTEGER),
          submittedAt: `2026-12-0${pick(1, 2, 3)}T00:00:00.000Z`,
          ticketId: `t${String(i).padStart(3, '0')}`,
        } satisfies UrgencyKey,
      }))
      const sorted = [...rows].sort((a, b) => compareUrgency(a.key, b.key))
      const limit = pick(0, 1, 7, 20, 100)
      // After a row of the list, after a row since gone from it (its key with another id), or from the start.
      const at = Math.floor(next() * (sorted.length + 1)) - 1
      const shown = sorted[at]?.key
      const gone = rows[0] && next() < 0.5 ? { ...rows[0].key, ticketId: 't-gone' } : undefined
      const after: UrgencyKey | undefined = shown ?? gone
      const from = after ? sorted.findIndex((r) => compareUrgency(r.key, after) > 0) : 0
      const expected = from < 0 ? [] : sorted.slice(from, from + limit)
      const got = pageByUrgency(rows, after, limit)
      expect(got.page).toEqual(expected)
      expect(got.more).toBe(from >= 0 && from + limit < sorted.length)
    }
  })
})
