import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { STAFF_ROLES } from '@jiayuan/contracts'
import type { Db } from './client'
import { isConditionFailure } from './items'
import { keys } from './keys'
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
  let indexed = 0
  for (let i = 0; i < staff.length; i += 16) {
    const done = await Promise.all(
      staff.slice(i, i + 16).map(async (m) => {
        const { GSI2PK, GSI2SK } = keys.membershipStaffIndex(compoundId, m.userId)
        try {
          await db.doc.send(
            new UpdateCommand({
              TableName: db.table,
              Key: keys.membership(m.userId, compoundId),
              UpdateExpression: 'SET GSI2PK = :pk, GSI2SK = :sk',
              ConditionExpression: stillStaff,
              ExpressionAttributeNames: { '#r': 'roles' },
              ExpressionAttributeValues: { ':pk': GSI2PK, ':sk': GSI2SK, ...staffValues },
            }),
          )
          return 1
        } catch (err) {
          if (!isConditionFailure(err)) throw err
          return 0
        }
      }),
    )
    indexed += done.reduce<number>((n, d) => n + d, 0)
  }
  return { indexed }
}
