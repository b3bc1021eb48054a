import { getCompound, isStreetStaff, streetOfCommunity } from '@jiayuan/db'
import type { Deps } from '../deps'

/**
 * Whether the person works for the street above the compound (DOMAIN G4): the compound's community, that
 * community's street, then the person's membership of it (consistent, read on every request like a role).
 */
export async function staffOfCompoundStreet(deps: Deps, userId: string, compoundId: string): Promise<boolean> {
  const compound = await getCompound(deps.db, compoundId).catch(() => undefined)
  if (!compound?.communityId) return false
  const streetId = await streetOfCommunity(deps.db, compound.communityId)
  return streetId !== undefined && (await isStreetStaff(deps.db, userId, streetId))
}
