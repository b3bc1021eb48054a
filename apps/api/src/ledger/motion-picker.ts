import type { AuthorisingMotion } from '@jiayuan/contracts'
import { listMeetingRecords, motionUses, type Db } from '@jiayuan/db'
import { authorityOf, fundAuthorityOf } from '@jiayuan/domain'

/**
 * The compound's passed motions with a final result that could back an expense, newest meeting first, each
 * with the expense it already backs: the committee's picker shows those as taken. For the operating account,
 * whole-compound type-5 and type-9 motions (F3); for a maintenance-fund payout, type-5 motions of any scope,
 * each with the scope whose units it would charge (F11).
 */
export async function authorisingMotions(db: Db, compoundId: string, fromFund = false): Promise<AuthorisingMotion[]> {
  const [meetings, uses] = await Promise.all([listMeetingRecords(db, compoundId), motionUses(db, compoundId)])
  const check = fromFund ? fundAuthorityOf : authorityOf
  return meetings.flatMap((m) =>
    (m.results ?? []).flatMap((r) => {
      const a = check(m, r.motionId)
      if ('code' in a) return []
      const usedBy = uses.get(`${a.meetingId}#${a.motionId}`)
      return [{ ...a, scopeText: m.scopeText ?? '全小区', ...(usedBy ? { usedBy } : {}) }]
    }),
  )
}
