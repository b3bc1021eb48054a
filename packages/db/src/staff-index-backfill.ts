import { STAFF_ROLES } from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import { setIndexKeys } from './set-index-keys'
import { holdsStaffRole, listMembers } from './users'

// The Update lands only while the membership still holds a staff role: one whose last was taken since the read
// (by `membershipItem`, which left the key out) is not put back.
const stillStaff = `attribute_exists(PK) AND (${STAFF_ROLES.map((_, i) => `contains(#r, :s${i})`).join(' OR ')})`
const staffValues = Object.fromEntries(STAFF_ROLES.map((role, i) => [`:s${i}`, role]))

/**
 * Puts the memberships of a compound's staff written before the staff index existed into it (ID9a), so reports
 * and sweeps keep telling them. Idempotent; run once per compound after deploying the index.
 */
export async function backfillStaffIndex(db: Db, compoundId: string): Promise<{ indexed: number }> {
  const staff = (await listMembers(db, compoundId)).filter((m) => holdsStaffRole(m.roles))
  const indexed = await setIndexKeys(
    db,
    staff.map((m) => ({
      key: keys.membership(m.userId, compoundId),
      index: keys.membershipStaffIndex(compoundId, m.userId),
      condition: stillStaff,
      names: { '#r': 'roles' },
      values: staffValues,
    })),
  )
  return { indexed }
}
