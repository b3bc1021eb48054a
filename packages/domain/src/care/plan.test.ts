import { InvalidInput } from '../errors'
import { checkCareWindow, stepDueMs, windowEndMs } from './plan'

const offsets = { neighbour: 30, grid_worker: 90, family: 180 }

describe('check-in window (H3)', () => {
  it('accepts a window that opens and closes on one day', () => {
    expect(() => checkCareWindow({ windowStart: '07:00', windowEnd: '10:00', offsets })).not.toThrow()
  })

  it('refuses a window that never closes or ends before it starts, naming windowEnd', () => {
    for (const windowEnd of ['07:00', '06:59']) {
      try {
        checkCareWindow({ windowStart: '07:00', windowEnd, offsets })
        throw new Error('accepted')
      } catch (err) {
        expect(err).toBeInstanceOf(InvalidInput)
        expect((err as InvalidInput).details).toEqual([expect.objectContaining({ field: 'body.windowEnd' })])
      }
    }
  })

  it('refuses steps out of order, naming the step', () => {
    expect(() =>
      checkCareWindow({ windowStart: '07:00', windowEnd: '10:00', offsets: { ...offsets, grid_worker: 30 } }),
    ).toThrow(/offsets.grid_worker/)
    expect(() =>
      checkCareWindow({ windowStart: '07:00', windowEnd: '10:00', offsets: { ...offsets, family: 60 } }),
    ).toThrow(/offsets.family/)
  })

  it('reads the window in Beijing time and adds each step’s minutes', () => {
    const plan = { windowEnd: '10:00', offsets }
    expect(new Date(windowEndMs(plan, '2026-12-03')).toISOString()).toBe('2026-12-03T02:00:00.000Z')
    expect(new Date(stepDueMs(plan, '2026-12-03', 'grid_worker')).toISOString()).toBe('2026-12-03T03:30:00.000Z')
  })
})
