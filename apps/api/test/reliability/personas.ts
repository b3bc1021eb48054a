import type { Endpoint, Membership } from '@jiayuan/contracts'
import type { Harness } from '../harness'
import { expectation } from './routes'

/** One persona per role set, enough to get past any endpoint's access check. */
export const ROLE_PERSONAS = ['resident', 'owner', 'grid-a', 'staff', 'committee', 'admin']

export interface Caller {
  name: string
  token: string
  memberships: Membership[]
}

export async function loginAll(h: Harness, names: readonly string[] = ROLE_PERSONAS): Promise<Caller[]> {
  return Promise.all(
    names.map(async (name) => {
      const session = await h.login(name)
      return { name, token: session.token, memberships: session.memberships }
    }),
  )
}

/** A token the endpoint lets in (in `compoundId`), so a request gets past the access check to validation. */
export function allowedToken(e: Endpoint, callers: readonly Caller[], compoundId: string): string {
  const caller = callers.find((c) => expectation(e, c.memberships, compoundId) === 'allowed')
  if (!caller) throw new Error(`${e.id}: no seeded persona may call it`)
  return caller.token
}
