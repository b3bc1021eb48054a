import { Conflict } from '../errors'
import { careStatus, closeDay, datesToSweep, escalate } from './day'

const plan = {
  compoundId: 'c1',
  elderId: 'u-elder',
  windowEnd: '10:00',
  offsets: { neighbour: 30, grid_worker: 90, family: 180 },
  since: '2026-11-01T00:00:00.000Z',
}
const date = '2026-12-03'
const at = (hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`)
const who = (s: string) => s

describe('a missed check-in escalates in steps (H3)', () => {
  it('tells nobody before the first step is due', () => {
    expect(escalate(plan, undefined, date, at('10:29'), who)).toBeNull()
    expect(careStatus(plan, undefined, date, at('09:00')).status).toBe('waiting')
    expect(careStatus(plan, undefined, date, at('10:10')).status).toBe('missed')
  })

  it('tells the neighbour, then the grid worker, then family, each once at its time', () => {
    const first = escalate(plan, undefined, date, at('10:30'), who)
    expect(first?.told).toEqual([{ step: 'neighbour', dueAt: '2026-12-03T02:30:00.000Z' }])
    expect(escalate(plan, first?.day, date, at('11:00'), who)).toBeNull()
    const second = escalate(plan, first?.day, date, at('11:30'), who)
    expect(second?.told.map((t) => t.step)).toEqual(['grid_worker'])
    const third = escalate(plan, second?.day, date, at('13:00'), who)
    expect(third?.told.map((t) => t.step)).toEqual(['family'])
    expect(third?.day.steps).toEqual(['neighbour', 'grid_worker', 'family'])
    expect(third?.day.version).toBe(3)
    expect(escalate(plan, third?.day, date, at('23:00'), who)).toBeNull()
  })

  it('a late sweep tells every step now due, in order', () => {
    const late = escalate(plan, undefined, date, at('12:00'), who)
    expect(late?.told.map((t) => t.step)).toEqual(['neighbour', 'grid_worker'])
    expect(late?.day.log.map((e) => e.step)).toEqual(['neighbour', 'grid_worker'])
  })

  it('a day the elder checked in escalates no further, and a second tap changes nothing', () => {
    const ok = closeDay(plan, undefined, date, { outcome: 'checked_in', who: '刘秀英', at: at('08:00').toISOString() })
    expect(ok?.status).toBe('closed')
    expect(careStatus(plan, ok ?? undefined, date, at('12:00')).status).toBe('ok')
    expect(escalate(plan, ok ?? undefined, date, at('12:00'), who)).toBeNull()
    expect(
      closeDay(plan, ok ?? undefined, date, { outcome: 'checked_in', who: '刘秀英', at: at('09:00').toISOString() }),
    ).toBeNull()
  })

  it('an alarm is closed with a reason by whoever answered; closing needs an alarm', () => {
    expect(() =>
      closeDay(plan, undefined, date, {
        outcome: 'false_alarm',
        who: '王芳',
        reason: '在女儿家',
        at: at('11:00').toISOString(),
      }),
    ).toThrow(Conflict)
    const alarm = escalate(plan, undefined, date, at('10:30'), who)?.day
    const closed = closeDay(plan, alarm, date, {
      outcome: 'false_alarm',
      who: '王芳',
      reason: '在女儿家',
      at: at('11:00').toISOString(),
    })
    expect(closed?.outcome).toBe('false_alarm')
    expect(closed?.log.at(-1)).toMatchObject({ action: 'closed', who: '王芳', reason: '在女儿家' })
    expect(careStatus(plan, closed ?? undefined, date, at('12:00')).status).toBe('closed')
    expect(() =>
      closeDay(plan, closed ?? undefined, date, {
        outcome: 'visited_ok',
        who: '陈静',
        reason: '已上门',
        at: at('11:05').toISOString(),
      }),
    ).toThrow(Conflict)
  })

  it('a plan set after today’s window closed owes nothing today', () => {
    const setAtNoon = { ...plan, since: at('12:00').toISOString() }
    expect(careStatus(setAtNoon, undefined, date, at('14:00'))).toEqual({ status: 'waiting' })
    expect(escalate(setAtNoon, undefined, date, at('14:00'), who)?.told).toHaveLength(3)
    expect(datesToSweep(setAtNoon, at('14:00'))).toEqual([])
  })

  it('sweeps yesterday too, for steps that fall due after midnight', () => {
    const evening = { ...plan, windowEnd: '21:00' }
    expect(datesToSweep(evening, new Date('2026-12-03T17:00:00Z'))).toEqual(['2026-12-03'])
    expect(datesToSweep(evening, new Date('2026-12-03T16:30:00Z'))).toEqual(['2026-12-03'])
    expect(datesToSweep(evening, new Date('2026-12-04T02:00:00Z'))).toEqual(['2026-12-03'])
    const setThisMorning = { ...evening, since: '2026-12-04T01:00:00Z' }
    expect(datesToSweep(setThisMorning, new Date('2026-12-04T02:00:00Z'))).toEqual([])
  })
})
