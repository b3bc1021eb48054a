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

/** Of a compound's staff (listStaff), the grid workers serving `gridId` (none without a grid): told of a new report in its pool (DOMAIN T3, T9). */
export function workersOfGrid(
  members: ReadonlyArray<{ userId: string; roles: readonly string[]; gridIds: readonly string[] }>,
  gridId: string | undefined,
): string[] {
  if (gridId === undefined) return []
  return members
    .filter((member) => member.roles.includes('grid_worker') && member.gridIds.includes(gridId))
    .map((member) => member.userId)
}
