import type { AuthorisingMotion } from '@jiayuan/contracts'
import { listMeetingRecords, motionUses, type Db } from '@jiayuan/db'
import { authorityOf } from '@jiayuan/domain'

/**
 * The compound's passed type-5 and type-9 motions with a final result (F3), newest meeting first, each with
 * the expense it already backs: the committee's picker shows those as taken.
 */
export async function authorisingMotions(db: Db, compoundId: string): Promise<AuthorisingMotion[]> {
  const [meetings, uses] = await Promise.all([listMeetingRecords(db, compoundId), motionUses(db, compoundId)])
  return meetings.flatMap((m) =>
    (m.results ?? []).flatMap((r) => {
      const a = authorityOf(m, r.motionId)
      if ('code' in a) return []
      const usedBy = uses.get(`${a.meetingId}#${a.motionId}`)
      return [{ ...a, ...(usedBy ? { usedBy } : {}) }]
    }),
  )
}
