import { randomBytes } from 'node:crypto'
import { COMPOUND_ROLES_ALL, fillPath, type Endpoint, type Membership } from '@jiayuan/contracts'
import { signToken } from '../../src/http/token'
import { startHarness, type Harness } from '../harness'
import { dummyPath, expectation, inPool, isCompoundRoute, outcome, servedEndpoints, type Expectation } from './routes'

/**
 * P2 as a matrix generated from the route table: every seeded persona (together they hold all six roles),
 * no token, and a forged and an expired token, against every route in `endpoints`, in the persona's own
 * compound and in the other one. Expectations come from each endpoint's `access` and the token's memberships.
 */

const PERSONAS = [
  'resident',
  'newcomer',
  'owner',
  'co-owner',
  'grid-a',
  'grid-b',
  'staff',
  'committee',
  'committee-2',
  'admin',
  // Above the compound (G4): staff of the street above both compounds, and a department user.
  'street',
  'street-2',
  'chengguan',
  // The property company's manager (S3): answers the notices of both compounds, which the company serves.
  'company',
  'elder',
]

interface Principal {
  name: string
  token?: string
  /** Null: no valid token at all (anonymous, forged, expired). */
  memberships: Membership[] | null
  /** Works for the street above both compounds (G4). */
  streetStaff?: boolean
  /** Works for the property company serving both compounds (S3). */
  companyStaff?: boolean
}

interface Call {
  endpoint: Endpoint
  principal: Principal
  where: 'own' | 'other' | 'none'
  expected: Expectation
  status: number
  body: any
}

let h: Harness
let principals: Principal[]
let calls: Call[]

async function signedPrincipals(): Promise<Principal[]> {
  const personas = await Promise.all(
    PERSONAS.map(async (name) => {
      const session = await h.login(name)
      return {
        name,
        token: session.token,
        memberships: session.memberships,
        userId: session.user.userId,
        streetStaff: (session.streets ?? []).length > 0,
        companyStaff: (session.companies ?? []).length > 0,
      }
    }),
  )
  const admin = personas.find((p) => p.name === 'admin')
  if (!admin) throw new Error('no admin persona')
  const now = h.deps.clock()
  const forged = signToken(randomBytes(32).toString('hex'), admin.userId, admin.memberships, 3600, now).token
  const expired = signToken(
    h.deps.tokenSecret,
    admin.userId,
    admin.memberships,
    60,
    new Date(now.getTime() - 2 * 3600_000),
  ).token
  return [
    ...personas,
    { name: 'anonymous', memberships: null },
    { name: 'forged-token', token: forged, memberships: null },
    { name: 'expired-token', token: expired, memberships: null },
  ]
}

function rolesIn(p: Principal, compoundId: string): string | null {
  if (p.memberships === null) return null
  const roles = [...(p.memberships.find((m) => m.compoundId === compoundId)?.roles ?? [])].sort().join('+')
  return p.streetStaff ? `${roles}+street` : p.companyStaff ? `${roles}+company` : roles
}

beforeAll(async () => {
  h = await startHarness()
  principals = await signedPrincipals()
  const plan: Array<Omit<Call, 'status' | 'body'> & { compoundId: string }> = []
  for (const endpoint of servedEndpoints().served) {
    const places = isCompoundRoute(endpoint)
      ? [
          { where: 'own' as const, compoundId: h.compoundId },
          { where: 'other' as const, compoundId: h.secondCompoundId },
        ]
      : [{ where: 'none' as const, compoundId: h.compoundId }]
    for (const { where, compoundId } of places) {
      const ranAllowed = new Set<string>()
      for (const principal of principals) {
        const expected = expectation(
          endpoint,
          principal.memberships,
          compoundId,
          principal.streetStaff,
          principal.companyStaff,
        )
        // Two personas with the same roles there get the same answer from the access check; an allowed call
        // runs the route for real, so one persona per role set is enough (refusals are cheap and all run).
        const roleSet = rolesIn(principal, compoundId)
        if (expected === 'allowed' && roleSet !== null) {
          if (ranAllowed.has(roleSet)) continue
          ranAllowed.add(roleSet)
        }
        // A forged or expired token is refused before the compound matters: once is enough.
        if (principal.memberships === null && principal.token && where === 'other') continue
        plan.push({ endpoint, principal, where, compoundId, expected })
      }
    }
  }
  const started = Date.now()
  calls = await inPool(plan, 10, async (c) => {
    const res = await h.request(
      c.endpoint.method.toUpperCase(),
      dummyPath(c.endpoint, c.compoundId),
      c.principal.token ? { token: c.principal.token } : {},
    )
    return { ...c, status: res.status, body: res.body }
  })
  const served = servedEndpoints().served
  const compoundRoutes = served.filter(isCompoundRoute).length
  const cells = principals.length * (compoundRoutes * 2 + served.length - compoundRoutes)
  console.log(
    `role × route matrix: ${principals.length} principals (${PERSONAS.length} personas holding the 6 roles + anonymous, forged, expired) × ` +
      `${served.length} routes (${compoundRoutes} compound routes × 2 compounds) = ${cells} cells, ${calls.length} calls ` +
      `(allowed calls once per role set) in ${Date.now() - started} ms`,
  )
})
afterAll(async () => h.close())

const describeCall = (c: Call) =>
  `${c.endpoint.id} as ${c.principal.name} in ${c.where} compound: expected ${c.expected}, got ${c.status} ${c.body?.error?.code ?? ''}`
const persona = (c: Call) => c.principal.memberships !== null

describe('role × route matrix (P2), generated from the contracts', () => {
  it('serves every endpoint of the contract list', () => {
    expect(servedEndpoints().unserved).toEqual([])
  })

  it('the seeded personas hold all six roles in the own compound; only owner and admin belong to the other', () => {
    const own = new Set(
      principals.flatMap(
        (p) => p.memberships?.filter((m) => m.compoundId === h.compoundId).flatMap((m) => m.roles) ?? [],
      ),
    )
    expect([...COMPOUND_ROLES_ALL].filter((r) => !own.has(r))).toEqual([])
    const inOther = principals
      .filter((p) => p.memberships?.some((m) => m.compoundId === h.secondCompoundId))
      .map((p) => p.name)
    expect(inOther.sort()).toEqual(['admin', 'owner'])
  })

  it('never refuses a call the policy allows (no 401/403 for an allowed role)', () => {
    const wrong = calls.filter((c) => persona(c) && c.expected === 'allowed' && outcome(c.status) !== 'allowed')
    expect(wrong.map(describeCall)).toEqual([])
  })

  it('refuses every role the policy does not name with 403, in the own compound', () => {
    const own = calls.filter((c) => persona(c) && c.where === 'own' && c.expected === 'forbidden')
    expect(own.length).toBeGreaterThan(0)
    expect(own.filter((c) => c.status !== 403).map(describeCall)).toEqual([])
  })

  it('refuses cross-compound calls with 403 unless a membership in that compound allows them', () => {
    const other = calls.filter((c) => persona(c) && c.where === 'other')
    const refused = other.filter((c) => c.expected === 'forbidden')
    expect(refused.length).toBeGreaterThan(other.length / 2)
    expect(refused.filter((c) => c.status !== 403).map(describeCall)).toEqual([])
    // Only persona memberships there open the door: owner as a resident, admin as community admin; and the
    // street's staff on the governance reads and the whistle, which the street may use in all its compounds (G4);
    // and the property company's manager on the notices of both compounds it serves (S3).
    const allowedThere = new Set(other.filter((c) => c.expected === 'allowed').map((c) => c.principal.name))
    expect([...allowedThere].sort()).toEqual(['admin', 'company', 'owner', 'street'])
  })

  it('answers 401 to no token, a forged token and an expired token on every non-public route', () => {
    const tokenless = calls.filter(
      (c) => !persona(c) && c.endpoint.access.kind !== 'public' && c.endpoint.access.kind !== 'dev',
    )
    expect(tokenless.filter((c) => c.status !== 401).map(describeCall)).toEqual([])
    const open = calls.filter((c) => c.principal.name === 'anonymous' && c.expected === 'allowed')
    expect(open.filter((c) => outcome(c.status) !== 'allowed').map(describeCall)).toEqual([])
  })

  it('answers every call of the matrix with the error shape or a success, never a 5xx', () => {
    expect(calls.filter((c) => c.status >= 500).map(describeCall)).toEqual([])
    const errors = calls.filter((c) => c.status >= 400)
    expect(errors.filter((c) => typeof c.body?.error?.code !== 'string').map(describeCall)).toEqual([])
  })
})

/**
 * Every member may call the check-in routes (H3); the route then answers by the caller's tie to the elder. The
 * seeded plan: 刘秀英 (elder), paired with 王芳 (resident), in grid A (陈静, grid-a); staff and the community admin
 * look after every elder; nobody else may read or act.
 */
describe('check-in routes by the caller’s tie to the elder (H3, P2)', () => {
  const READ = ['care.today', 'care.log']
  const ALLOWED: Record<string, readonly string[]> = {
    elder: [...READ, 'care.checkIn'],
    resident: [...READ, 'care.confirm', 'care.close'],
    'grid-a': [...READ, 'care.close'],
    staff: [...READ, 'care.close'],
    admin: [...READ, 'care.close'],
  }

  it('answers each persona on the seeded elder’s today, log, tap, confirm and close as their tie allows', async () => {
    const elderId = (await h.login('elder')).user.userId
    const today = new Date(h.deps.clock().getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    const bodies: Record<string, unknown> = { 'care.close': { date: today, outcome: 'visited_ok', reason: '上门看过' } }
    const careRoutes = servedEndpoints().served.filter((e) => e.context === 'care' && 'elderId' in e.params.shape)
    expect(careRoutes.map((e) => e.id).sort()).toEqual(
      [...READ, 'care.checkIn', 'care.close', 'care.confirm', 'care.plan.put'].sort(),
    )
    const wrong: string[] = []
    for (const principal of principals.filter((p) => p.memberships !== null)) {
      for (const e of careRoutes.filter((r) => r.id !== 'care.plan.put')) {
        const res = await h.request(e.method.toUpperCase(), fillPath(e.path, { compoundId: h.compoundId, elderId }), {
          ...(principal.token ? { token: principal.token } : {}),
          ...(bodies[e.id] ? { body: bodies[e.id] } : {}),
        })
        const expected = ALLOWED[principal.name]?.includes(e.id) ? 'allowed' : 'forbidden'
        if (outcome(res.status) !== expected)
          wrong.push(`${e.id} as ${principal.name}: expected ${expected}, got ${res.status}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('cross-compound reads by id', () => {
  it('a ticket of one compound cannot be read through another compound’s path, even by someone in both', async () => {
    const owner = principals.find((p) => p.name === 'owner')?.token ?? ''
    const upload = await h.request('POST', `/v1/compounds/${h.secondCompoundId}/uploads`, {
      token: owner,
      body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: 22 },
    })
    expect(upload.status).toBe(201)
    const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
    expect((await fetch(upload.body.url, { method: 'PUT', headers: upload.body.headers, body: jpeg })).status).toBe(200)
    const ticketsOf = (compoundId: string, rest = '') =>
      fillPath('/v1/compounds/{compoundId}/tickets', { compoundId }) + rest
    const created = await h.request('POST', ticketsOf(h.secondCompoundId), {
      token: owner,
      body: {
        category: 'repair',
        location: { kind: 'public', name: '东门' },
        description: '门禁坏了',
        photoKeys: [upload.body.key],
        idempotencyKey: 'rel-cross-0001',
      },
    })
    expect(created.status).toBe(201)
    const ticketId = created.body.ticket.ticketId as string
    expect((await h.request('GET', ticketsOf(h.secondCompoundId, `/${ticketId}`), { token: owner })).status).toBe(200)
    for (const name of ['owner', 'admin', 'staff']) {
      const token = principals.find((p) => p.name === name)?.token ?? ''
      const res = await h.request('GET', ticketsOf(h.compoundId, `/${ticketId}`), { token })
      // The community admin may read tickets escalated to the community (T12), so the path's ticket is simply not there.
      expect([name, res.status]).toEqual([name, 404])
    }
  })
})
