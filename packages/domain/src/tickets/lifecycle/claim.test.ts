import { awaitsDispatch } from './claim'
import { at, ticketIn } from '../ticket-fixture'

describe('awaitsDispatch (T3 claim timeout)', () => {
  it('flags a pooled ticket once it has waited the configured time', () => {
    expect(awaitsDispatch(ticketIn('submitted'), 30, at('2024-06-03 09:29'))).toBe(false)
    expect(awaitsDispatch(ticketIn('submitted'), 30, at('2024-06-03 09:30'))).toBe(true)
  })
  it('counts from the hand-back, not the submission', () => {
    // handed back at 09:30
    expect(awaitsDispatch(ticketIn('handed_back'), 30, at('2024-06-03 09:45'))).toBe(false)
    expect(awaitsDispatch(ticketIn('handed_back'), 30, at('2024-06-03 10:00'))).toBe(true)
  })
  it('ignores tickets someone holds', () => {
    expect(awaitsDispatch(ticketIn('accepted'), 30, at('2024-06-05 09:00'))).toBe(false)
  })
})
