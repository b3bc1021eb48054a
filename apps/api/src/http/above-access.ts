import { companyOfCompound, getCompound, isCompanyStaff, isStreetStaff, streetOfCommunity } from '@jiayuan/db'
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

/** Whether the person works for the property company linked to the compound (DOMAIN S3), read on every request. */
export async function staffOfCompoundCompany(deps: Deps, userId: string, compoundId: string): Promise<boolean> {
  const company = await companyOfCompound(deps.db, compoundId)
  return company !== undefined && (await isCompanyStaff(deps.db, userId, company.companyId))
}
