import type { MotionResult } from '@jiayuan/contracts'
import { getMotions, getTallyCache, putTallyCache, type MeetingRecord } from '@jiayuan/db'
import type { Deps } from '../deps'
import { countMeeting } from './counting'

/**
 * How long a live count serves the meter. Counting reads every ballot of the meeting, so with thousands of
 * owners watching, each request recounting would cost a full read per view; within this window a view costs
 * one GetItem. The sealed count at close is always made from every ballot, never from this cache.
 */
export const METER_TTL_MS = 15_000

export async function liveCount(
  deps: Deps,
  m: MeetingRecord,
  now: Date,
): Promise<{ results: MotionResult[]; asOf: string }> {
  const cached = await getTallyCache(deps.db, m.compoundId, m.meetingId)
  const age = cached ? now.getTime() - Date.parse(cached.computedAt) : Number.POSITIVE_INFINITY
  if (cached && age >= 0 && age < METER_TTL_MS) return { results: cached.results, asOf: cached.computedAt }
  const computedAt = now.toISOString()
  const { results } = await countMeeting(deps, m, await getMotions(deps.db, m.compoundId, m.meetingId))
  await putTallyCache(deps.db, m.compoundId, m.meetingId, { results, computedAt })
  return { results, asOf: computedAt }
}
