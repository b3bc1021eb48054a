import { InvalidInput } from '../errors'
import { BULLETIN_MAX_DAYS, bulletinState, bulletinWindow, isShowing } from './window'

const now = new Date('2026-12-08T01:00:00.000Z')
const DAY = 86_400_000

function fieldOf(run: () => unknown): string {
  try {
    run()
  } catch (err) {
    if (err instanceof InvalidInput) return err.message
    throw err
  }
  throw new Error('expected a refusal')
}

describe('the period a notice is about', () => {
  it('starts now when no start is given, and stores instants as UTC text', () => {
    expect(bulletinWindow({ endsAt: '2026-12-08T17:00:00+08:00' }, now)).toEqual({
      startsAt: '2026-12-08T01:00:00.000Z',
      endsAt: '2026-12-08T09:00:00.000Z',
    })
  })

  it('may start in the future or have started already', () => {
    expect(
      bulletinWindow({ startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-09T00:00:00.000Z' }, now).startsAt,
    ).toBe('2026-12-01T00:00:00.000Z')
  })

  it('refuses an end not after the start, naming body.endsAt', () => {
    expect(
      fieldOf(() => bulletinWindow({ startsAt: '2026-12-09T09:00:00Z', endsAt: '2026-12-09T09:00:00Z' }, now)),
    ).toBe('body.endsAt: 结束时间须晚于开始时间')
    expect(fieldOf(() => bulletinWindow({ endsAt: '2026-12-08T00:59:00Z' }, now))).toBe(
      'body.endsAt: 结束时间须晚于开始时间',
    )
  })

  it('refuses an end already past, and one more than half a year ahead', () => {
    expect(
      fieldOf(() => bulletinWindow({ startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-02T00:00:00Z' }, now)),
    ).toBe('body.endsAt: 结束时间须晚于现在')
    const far = new Date(now.getTime() + BULLETIN_MAX_DAYS * DAY + 60_000).toISOString()
    expect(fieldOf(() => bulletinWindow({ endsAt: far }, now))).toBe('body.endsAt: 结束时间不能晚于 180 天后')
  })
})

describe('where a notice stands', () => {
  const b = { status: 'published' as const, startsAt: '2026-12-09T01:00:00.000Z', endsAt: '2026-12-09T09:00:00.000Z' }

  it('is upcoming, then current, then ended at its end exactly', () => {
    expect(bulletinState(b, now)).toBe('upcoming')
    expect(bulletinState(b, new Date('2026-12-09T01:00:00.000Z'))).toBe('current')
    expect(bulletinState(b, new Date('2026-12-09T09:00:00.000Z'))).toBe('ended')
  })

  it('shows on home pages while upcoming or current, never once withdrawn', () => {
    expect(isShowing(b, now)).toBe(true)
    expect(isShowing(b, new Date('2026-12-09T09:00:00.000Z'))).toBe(false)
    expect(isShowing({ ...b, status: 'withdrawn' }, now)).toBe(false)
    expect(bulletinState({ ...b, status: 'withdrawn' }, new Date('2027-01-01T00:00:00Z'))).toBe('withdrawn')
  })
})
