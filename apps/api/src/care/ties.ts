import type { CarePlan, CareToday, Role } from '@jiayuan/contracts'
import { listStaff } from '@jiayuan/db'
import type { Deps } from '../deps'

export type Tie = CareToday['as']

const STAFF: readonly Role[] = ['property_staff', 'community_admin']

/**
 * The caller's tie to an elder's check-in (H3, P2): the elder, a carer the elder named, the paired neighbour, a
 * grid worker of the elder's grid, or compound staff. Everyone else has none and is refused.
 */
export function tieOf(plan: CarePlan, userId: string, member: { roles: Role[]; gridIds: string[] }): Tie | null {
  if (plan.elderId === userId) return 'elder'
  if (plan.carerIds.includes(userId)) return 'carer'
  if (plan.neighbourId === userId) return 'neighbour'
  if (plan.gridId && member.roles.includes('grid_worker') && member.gridIds.includes(plan.gridId)) return 'grid_worker'
  if (member.roles.some((r) => STAFF.includes(r))) return 'staff'
  return null
}

/**
 * Who the grid worker's step tells: the grid workers of the elder's grid; where no grid covers the building,
 * the compound's property staff take the step so it still reaches someone.
 */
export async function gridStepPeople(deps: Deps, plan: CarePlan): Promise<string[]> {
  const members = await listStaff(deps.db, plan.compoundId)
  const workers = plan.gridId
    ? members.filter((m) => m.roles.includes('grid_worker') && m.gridIds.includes(plan.gridId ?? ''))
    : []
  const chosen = workers.length > 0 ? workers : members.filter((m) => m.roles.includes('property_staff'))
  return chosen.map((m) => m.userId)
}
