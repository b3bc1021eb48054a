import type { SlaRule } from '@jiayuan/contracts'
import { deadlines, pauseSpans } from './deadlines'
import { at, sh } from '../ticket-fixture'

const rule = (clock: SlaRule['clock']): SlaRule => ({
  category: 'water_power',
  priority: 'urgent',
  respondMinutes: 120,
  onSiteMinutes: 240,
  resolveMinutes: 1440,
  clock,
})
const pause = (from: string, to: string) => ({ startedAt: sh(from), endedAt: sh(to) })

describe('deadlines: calendar vs working time', () => {
  const fridayFive = { submittedAt: sh('2024-06-07 17:00') }

  it('calendar: runs through the evening and the weekend', () => {
    expect(deadlines(fridayFive, rule('calendar'), [])).toEqual({
      respondBy: sh('2024-06-07 19:00'),
      onSiteBy: sh('2024-06-07 21:00'),
      resolveBy: sh('2024-06-08 17:00'),
    })
  })

  it('working: stops at 18:00 and skips the weekend', () => {
    expect(deadlines(fridayFive, rule('working'), [])).toEqual({
      respondBy: sh('2024-06-10 10:00'),
      onSiteBy: sh('2024-06-10 12:00'),
      // Fri 1 h + Mon 9 h + Tue 9 h + Wed 5 h = 24 h
      resolveBy: sh('2024-06-12 14:00'),
    })
  })
})

describe('deadlines: pauses extend by their length', () => {
  const monday = { submittedAt: sh('2024-06-03 09:00') }

  it('pushes a calendar deadline by a pause before it', () => {
    expect(deadlines(monday, rule('calendar'), [pause('2024-06-03 09:30', '2024-06-03 10:00')]).respondBy).toBe(
      sh('2024-06-03 11:30'),
    )
  })

  it('leaves a deadline alone when the pause starts after it', () => {
    const result = deadlines(monday, rule('calendar'), [pause('2024-06-03 12:00', '2024-06-03 13:00')])
    expect(result.respondBy).toBe(sh('2024-06-03 11:00'))
    expect(result.onSiteBy).toBe(sh('2024-06-03 14:00'))
  })

  it('owes the rest of the time after a pause that straddles the deadline', () => {
    // 90 minutes ran before the pause; the 30 still owed run from 12:30.
    expect(deadlines(monday, rule('calendar'), [pause('2024-06-03 10:30', '2024-06-03 12:30')]).respondBy).toBe(
      sh('2024-06-03 13:00'),
    )
  })

  it('adds the working time inside a pause on the working clock (the weekend adds nothing)', () => {
    // Submitted Fri 16:00, 240 working minutes; paused Fri 17:00 → Mon 09:30 = 1 h + 30 min of working time.
    const result = deadlines({ submittedAt: sh('2024-06-07 16:00') }, rule('working'), [
      pause('2024-06-07 17:00', '2024-06-10 09:30'),
    ])
    expect(result.onSiteBy).toBe(sh('2024-06-10 12:30'))
    expect(deadlines({ submittedAt: sh('2024-06-07 16:00') }, rule('working'), []).onSiteBy).toBe(
      sh('2024-06-10 11:00'),
    )
  })

  it('adds consecutive pauses, and counts overlapping ones once', () => {
    const two = [pause('2024-06-03 09:10', '2024-06-03 09:20'), pause('2024-06-03 09:40', '2024-06-03 10:00')]
    expect(deadlines(monday, rule('calendar'), two).respondBy).toBe(sh('2024-06-03 11:30'))
    const overlapping = [pause('2024-06-03 09:10', '2024-06-03 09:40'), pause('2024-06-03 09:30', '2024-06-03 10:00')]
    expect(deadlines(monday, rule('calendar'), overlapping).respondBy).toBe(sh('2024-06-03 11:50'))
  })
})

describe('pauseSpans', () => {
  it('ends an open pause at now and drops pauses not yet begun', () => {
    const pauses = [
      { startedAt: sh('2024-06-03 09:30'), endedAt: sh('2024-06-03 10:00'), reason: 'a' },
      { startedAt: sh('2024-06-03 11:00'), reason: 'b' },
    ]
    expect(pauseSpans(pauses, at('2024-06-03 12:00'))).toEqual([
      pause('2024-06-03 09:30', '2024-06-03 10:00'),
      pause('2024-06-03 11:00', '2024-06-03 12:00'),
    ])
    expect(pauseSpans(pauses, at('2024-06-03 09:45'))).toEqual([pause('2024-06-03 09:30', '2024-06-03 09:45')])
  })
})
