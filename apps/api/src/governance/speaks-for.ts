import type { JointParty, Role } from '@jiayuan/contracts'
import { listPartyVersions } from '@jiayuan/db'
import { partiesOfPerson } from '@jiayuan/domain'
import type { Deps } from '../deps'

/** The parties a caller speaks for in a compound, read per request (a role or branch change counts at once). */
export async function speaksFor(
  deps: Deps,
  compoundId: string,
  caller: { userId: string; roles: readonly Role[] },
): Promise<JointParty[]> {
  const { branch } = await listPartyVersions(deps.db, compoundId)
  return partiesOfPerson(caller.roles, caller.userId, branch[0]?.record)
}
