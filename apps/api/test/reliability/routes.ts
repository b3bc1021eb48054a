import { endpoints, fillPath, type Endpoint, type Membership } from '@jiayuan/contracts'
import { allRoutes } from '../../src/routes'
import { sampleOf } from './zod-sample'

/**
 * The contract's endpoints that have route code. A contract can land before its routes; the matrix's first
 * test names those, and the rest of the suites test what is served.
 */
export function servedEndpoints(): { served: Endpoint[]; unserved: string[] } {
  const ids = new Set(allRoutes.map((r) => r.endpoint.id))
  return {
    served: endpoints.filter((e) => ids.has(e.id)),
    unserved: endpoints.filter((e) => !ids.has(e.id)).map((e) => e.id),
  }
}

/**
 * Path parameters for any route in `endpoints`, so the suites cover routes added later without edits. Each
 * parameter other than compoundId takes the first of these that its schema accepts, else a sample built from
 * the schema: authorization runs before any lookup (app.ts), so an id that names nothing still reaches the
 * access check. Parameters are parsed before the token is checked, so the value must be well-formed.
 */
const PARAM_CANDIDATES = [
  'rel-dummy-0001',
  '1',
  '2025',
  '2025-01',
  '2025-Q1',
  '2025-01-15',
  'HX-20250115-001',
  'a'.repeat(64),
]

export function dummyParams(
  e: Endpoint,
  compoundId: string,
  known: Record<string, string> = {},
): Record<string, string> {
  const params: Record<string, string> = {}
  for (const name of Object.keys(e.params.shape)) {
    if (name === 'compoundId') {
      params[name] = compoundId
      continue
    }
    const schema = e.params.shape[name]
    const real = known[name]
    if (real !== undefined && schema?.safeParse(real).success) {
      params[name] = real
      continue
    }
    const value = [...PARAM_CANDIDATES, String(schema ? sampleOf(schema) : '')].find(
      (c) => schema?.safeParse(c).success,
    )
    if (value === undefined)
      throw new Error(`${e.id}: no dummy value fits path parameter ${name}; add one to PARAM_CANDIDATES`)
    params[name] = value
  }
  return params
}

/**
 * The street, department and property company the seeded `street`, `chengguan` and `company` personas work for
 * (G4, S3), so their routes pass access.
 */
export const aboveIds = (prefix: string): Record<string, string> => ({
  streetId: `${prefix}st-zhaohui`,
  departmentId: `${prefix}d-chengguan`,
  companyId: `${prefix}co-anju`,
})

export const isCompoundRoute = (e: Endpoint) => e.access.kind === 'compound'

/** `known`: ids of things that exist (a ticket, a meeting), to reach past the lookup where the test wants to. */
export function dummyPath(e: Endpoint, compoundId: string, known: Record<string, string> = {}): string {
  return fillPath(e.path, dummyParams(e, compoundId, known))
}

export type Expectation = 'allowed' | 'forbidden' | 'unauthenticated'

/**
 * What the access policy says for a caller (null: no token) in a compound, from the token's memberships;
 * `streetStaff`: the caller works for the street above the matrix's compounds (both are in the demo street);
 * `companyStaff`: for the property company serving both (S3).
 */
export function expectation(
  e: Endpoint,
  memberships: readonly Membership[] | null,
  compoundId: string,
  streetStaff = false,
  companyStaff = false,
): Expectation {
  const access = e.access
  if (access.kind === 'public' || access.kind === 'dev') return 'allowed'
  if (memberships === null) return 'unauthenticated'
  if (access.kind === 'user') return 'allowed'
  // Platform, community, street and department endpoints: no persona of the matrix is a platform admin, and
  // the dummy ids name no community, street or department anyone works for (apps/api/test/identity/platform.test.ts
  // and apps/api/test/tickets/tickets-whistle.test.ts cover who may).
  if (access.kind === 'platform' || access.kind === 'community') return 'forbidden'
  if (access.kind === 'street' || access.kind === 'department' || access.kind === 'company') return 'forbidden'
  if (access.street === true && streetStaff) return 'allowed'
  if (access.company === true && companyStaff) return 'allowed'
  const roles = memberships.find((m) => m.compoundId === compoundId)?.roles ?? []
  return roles.some((r) => access.roles.includes(r)) ? 'allowed' : 'forbidden'
}

/** "Refused" is 401/403 exactly; anything else (a 400/404/409/422 for a dummy body) proves access passed. */
export function outcome(status: number): Expectation {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  return 'allowed'
}

export const GENERIC_500 = { error: { code: 'Internal', message: '服务暂时不可用，请稍后再试' } }

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}
