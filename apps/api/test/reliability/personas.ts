import type { Endpoint, Membership } from '@jiayuan/contracts'
import type { Harness } from '../harness'
import { expectation } from './routes'

/** One persona per role set, enough to get past any endpoint's access check (platform and community ones too). */
export const ROLE_PERSONAS = [
  'resident',
  'owner',
  'grid-a',
  'staff',
  'committee',
  'admin',
  'platform-admin',
  'street',
  'chengguan',
  'company',
]

export interface Caller {
  name: string
  token: string
  memberships: Membership[]
  platformAdmin: boolean
  /** Works for a street (the demo street, above both compounds) or a department (DOMAIN G4). */
  streetStaff: boolean
  departmentStaff: boolean
  /** Works for the property company serving both demo compounds (S3). */
  companyStaff: boolean
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
        streetStaff: (session.streets ?? []).length > 0,
        departmentStaff: (session.departments ?? []).length > 0,
        companyStaff: (session.companies ?? []).length > 0,
      }
    }),
  )
}

/** A token the endpoint lets in (in `compoundId`), so a request gets past the access check to validation. */
export function allowedToken(e: Endpoint, callers: readonly Caller[], compoundId: string): string {
  // A platform admin passes platform and community endpoints whatever the community (app.ts `authorize`).
  const aboveCompound = e.access.kind === 'platform' || e.access.kind === 'community'
  // Street and department endpoints: the persona working for one (the dummy id in the path is still not theirs).
  const kind = e.access.kind
  const caller = callers.find((c) =>
    aboveCompound
      ? c.platformAdmin
      : kind === 'street'
        ? c.streetStaff
        : kind === 'department'
          ? c.departmentStaff
          : kind === 'company'
            ? c.companyStaff
            : expectation(e, c.memberships, compoundId, c.streetStaff, c.companyStaff) === 'allowed',
  )
  if (!caller) throw new Error(`${e.id}: no seeded persona may call it`)
  return caller.token
}
