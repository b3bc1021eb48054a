import type { TicketView } from '@jiayuan/contracts'
import { byUrgency } from './queue-order'

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
})
