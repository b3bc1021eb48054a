import { isAuthPath, needsRenewal, singleFlight } from './session-renewal'

describe('session renewal', () => {
  const now = Date.parse('2026-12-02T08:00:00.000Z')

  it('renews within ten minutes of expiry, and after it', () => {
    expect(needsRenewal('2026-12-02T08:30:00.000Z', now)).toBe(false)
    expect(needsRenewal('2026-12-02T08:09:00.000Z', now)).toBe(true)
    expect(needsRenewal('2026-12-02T07:00:00.000Z', now)).toBe(true)
    expect(needsRenewal(undefined, now)).toBe(false)
  })

  it('lets login calls through without waiting for a renewal', () => {
    expect(isAuthPath('/v1/auth/refresh')).toBe(true)
    expect(isAuthPath('/v1/auth/wechat')).toBe(true)
    expect(isAuthPath('/v1/me')).toBe(false)
  })

  it('runs one renewal for callers arriving together, and a new one afterwards', async () => {
    let runs = 0
    const renew = singleFlight(async () => {
      runs += 1
      await new Promise((resolve) => setTimeout(resolve, 5))
      return runs
    })
    expect(await Promise.all([renew(), renew(), renew()])).toEqual([1, 1, 1])
    expect(await renew()).toBe(2)
  })
})
