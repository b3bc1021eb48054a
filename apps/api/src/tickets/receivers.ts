import { listStaff } from '@jiayuan/db'
import type { Deps } from '../deps'

/** The people who receive a compound's escalations to the community: its community admins (DOMAIN T12). */
export async function communityAdmins(deps: Deps, compoundId: string): Promise<string[]> {
  const members = await listStaff(deps.db, compoundId)
  return members.filter((member) => member.roles.includes('community_admin')).map((member) => member.userId)
}

/** Property staff of the compound: told when a receiver returns a ticket. */
export async function propertyStaff(deps: Deps, compoundId: string): Promise<string[]> {
  const members = await listStaff(deps.db, compoundId)
  return members.filter((member) => member.roles.includes('property_staff')).map((member) => member.userId)
}
