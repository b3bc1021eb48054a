import type { Endpoint, Membership } from '@jiayuan/contracts'
import type { Harness } from '../harness'
import { expectation } from './routes'

/** One persona per role set, enough to get past any endpoint's access check (platform and community ones too). */
export const ROLE_PERSONAS = ['resident', 'owner', 'grid-a', 'staff', 'committee', 'admin', 'platform-admin']

export interface Caller {
  name: string
  token: string
  memberships: Membership[]
  platformAdmin: boolean
}

export async function loginAll(h: Harness, names: readonly string[] = ROLE_PERSONAS): Promise<Caller[]> {
  return Promise.all(
    names.map(async (name) => {
      const session = await h.login(name)
      return {
        name,
        token: session.token,
        memberships: session.memberships,
        platformAdmin: session.user.platformAdmin === true,
      }
    }),
  )
}

/** A token the endpoint lets in (in `compoundId`), so a request gets past the access check to validation. */
export function allowedToken(e: Endpoint, callers: readonly Caller[], compoundId: string): string {
  // A platform admin passes platform and community endpoints whatever the community (app.ts `authorize`).
  const aboveCompound = e.access.kind === 'platform' || e.access.kind === 'community'
  const caller = callers.find((c) =>
    aboveCompound ? c.platformAdmin : expectation(e, c.memberships, compoundId) === 'allowed',
  )
  if (!caller) throw new Error(`${e.id}: no seeded persona may call it`)
  return caller.token
}
