import type { TicketView } from '@jiayuan/contracts'
import { byUrgency, urgencyFromPosition, urgencyKey, urgencyPosition } from './urgency'

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
