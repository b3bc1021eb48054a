import { awaitsDispatch, checkClaimCap } from './claim'
import { WorkerCapReached } from './errors'
import { at, ticketIn } from './ticket-fixture'

describe('checkClaimCap', () => {
  it('lets a worker below the cap take one more', () => {
    expect(() => checkClaimCap(9, 10)).not.toThrow()
  })
  it.each([
    [10, 10],
    [11, 10],
  ])('refuses at %i open of %i', (open, cap) => {
    expect(() => checkClaimCap(open, cap)).toThrow(WorkerCapReached)
    expect(() => checkClaimCap(open, cap)).toThrow(expect.objectContaining({ kind: 'rule', openCount: open, cap }))
  })
})

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
