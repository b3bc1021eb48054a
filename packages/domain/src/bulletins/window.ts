import type { BulletinState } from '@jiayuan/contracts'
import { DAY_MS } from '../time/clock'
import { invalidField } from './invalid'

/** A notice is for an interruption or a job, not a standing board: it leaves home pages within half a year. */
export const BULLETIN_MAX_DAYS = 180

/**
 * The period a notice is about, as stored: instants in one form (UTC, `…Z`) so they sort as text; the start
 * defaults to now. The end must be after the start (also checked by the request's schema) and still ahead.
 */
export function bulletinWindow(
  input: { startsAt?: string; endsAt: string },
  now: Date,
): { startsAt: string; endsAt: string } {
  const start = input.startsAt === undefined ? now.getTime() : Date.parse(input.startsAt)
  const end = Date.parse(input.endsAt)
  if (end <= start) throw invalidField('body.endsAt', '结束时间须晚于开始时间')
  if (end <= now.getTime()) throw invalidField('body.endsAt', '结束时间须晚于现在')
  if (end > now.getTime() + BULLETIN_MAX_DAYS * DAY_MS)
    throw invalidField('body.endsAt', `结束时间不能晚于 ${BULLETIN_MAX_DAYS} 天后`)
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() }
}

/** Withdrawn first; otherwise by the clock. An upcoming notice already shows, so people can prepare. */
export function bulletinState(
  b: { status: 'published' | 'withdrawn'; startsAt: string; endsAt: string },
  now: Date,
): BulletinState {
  if (b.status === 'withdrawn') return 'withdrawn'
  const t = now.getTime()
  if (t >= Date.parse(b.endsAt)) return 'ended'
  return t < Date.parse(b.startsAt) ? 'upcoming' : 'current'
}

/** Whether it belongs on home pages now: published and not yet ended. */
export function isShowing(b: { status: 'published' | 'withdrawn'; startsAt: string; endsAt: string }, now: Date) {
  const state = bulletinState(b, now)
  return state === 'upcoming' || state === 'current'
}
