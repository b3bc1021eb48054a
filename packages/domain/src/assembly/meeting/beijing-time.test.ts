import { beijingTime } from './beijing-time'

describe('beijingTime', () => {
  it('shows UTC instants as Beijing wall-clock time, in words', () => {
    expect(beijingTime('2026-12-01T01:00:00.000Z')).toBe('2026年12月1日 09:00')
    expect(beijingTime(new Date('2026-12-31T16:05:00.000Z'))).toBe('2027年1月1日 00:05')
  })
})
