import { Hono, type Context } from 'hono'
import type { z } from 'zod'
import { canCall, installZhErrors, projectorOf, unknownFields, type Endpoint, type FileBody } from '@jiayuan/contracts'
import {
  AccessChanged,
  cachedMembership,
  forgetMembership,
  getMembership,
  getUser,
  guardedDb,
  isCommunityAdmin,
  isCompanyStaff,
  isDepartmentStaff,
  isStreetStaff,
  membershipGuard,
} from '@jiayuan/db'
import { Conflict, Forbidden, NotFound, Unauthenticated, effectiveRoles, shanghaiDate } from '@jiayuan/domain'
import { isDeepStrictEqual } from 'node:util'
import type { Deps } from '../deps'
import { staffOfCompoundCompany, staffOfCompoundStreet } from './above-access'
import { errorResponse, invalidFromUnknown, invalidFromZod } from './errors'
import { fileResponse } from './file-response'
import type { Caller, Route, RouteContext } from './route'
import { verifyToken } from './token'
import { assertJsonType, corsHeaders, limitBody, limitRate, securityHeaders, type ClientIp } from './transport'

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

function authenticate(c: Context, deps: Deps, now: Date): Caller | null {
  const header = c.req.header('authorization')
  if (!header) return null
  const [scheme, token] = header.split(' ')
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Unauthenticated('登录凭证格式不对')
  const claims = verifyToken(deps.tokenSecret, token, now)
  // The token says who; what they may do is read from the table on each request (below), so a role removed
  // takes effect on the next request, not when the token expires.
  return { userId: claims.sub, sessionStart: claims.sst ?? claims.iat }
}

async function isPlatformAdmin(deps: Deps, userId: string): Promise<boolean> {
  return (await getUser(deps.db, userId, { consistent: true }))?.platformAdmin === true
}

/**
 * Checks the caller against the endpoint's access policy and returns their roles in the path's compound, read
 * now with one consistent GetItem of their membership (the committee role only within its term, DOMAIN G1), or
 * from the warm instance's copy where that may let them in (`copies`). `byRoles`: let in by the membership's own
 * roles, so a write whose transaction carries the check can hold that membership (not a street or company user).
 */
async function authorize(
  endpoint: Endpoint,
  caller: Caller | null,
  params: Record<string, string>,
  deps: Deps,
  now: Date,
  copies: 'reads' | 'writes too' = 'reads',
): Promise<RouteContext<Endpoint>['member'] & { byRoles?: true }> {
  const none = { roles: [], gridIds: [] }
  const access = endpoint.access
  if (access.kind === 'public') return none
  if (access.kind === 'dev') {
    if (deps.config.DEV_LOGIN !== 'on') throw new NotFound('接口')
    return none
  }
  if (!caller) throw new Unauthenticated()
  if (access.kind === 'user') return none
  if (access.kind === 'platform') {
    if (!(await isPlatformAdmin(deps, caller.userId))) throw new Forbidden('只有平台管理员可以这样做')
    return { ...none, platformAdmin: true }
  }
  if (access.kind === 'community') {
    const communityId = params.communityId ?? ''
    if (await isCommunityAdmin(deps.db, caller.userId, communityId)) return none
    if (await isPlatformAdmin(deps, caller.userId)) return { ...none, platformAdmin: true }
    throw new Forbidden('你不是这个社区的管理员')
  }
  if (access.kind === 'street') {
    if (await isStreetStaff(deps.db, caller.userId, params.streetId ?? '')) return { ...none, streetStaff: true }
    throw new Forbidden('你不是这个街道的工作人员')
  }
  if (access.kind === 'department') {
    if (await isDepartmentStaff(deps.db, caller.userId, params.departmentId ?? '')) return none
    throw new Forbidden('你不是这个部门的工作人员')
  }
  if (access.kind === 'company') {
    if (await isCompanyStaff(deps.db, caller.userId, params.companyId ?? '')) return { ...none, companyStaff: true }
    throw new Forbidden('你不是这家物业企业的工作人员')
  }
  const compoundId = params.compoundId ?? ''
  const today = shanghaiDate(now)
  // A read may be let in on this instance's copy of the membership from the last few seconds; a copy never
  // refuses (it is read again first). A write reads afresh (membership-cache.ts), unless its route carries the
  // check in its transaction (`accessInTransaction`: the handler below makes every transaction of it hold only
  // while the membership is still this one).
  const copy =
    endpoint.method === 'get' || copies === 'writes too'
      ? cachedMembership(deps.db.raw, caller.userId, compoundId)
      : undefined
  const copyRoles = copy ? effectiveRoles(copy, today) : []
  const letInByCopy = copy !== undefined && canCall(endpoint, copyRoles)
  const membership = letInByCopy ? copy : await getMembership(deps.db, caller.userId, compoundId, { consistent: true })
  const roles = letInByCopy ? copyRoles : membership ? effectiveRoles(membership, today) : []
  // The same policy test the mini-app uses to decide which actions to show (contracts `canCall`).
  if (membership && canCall(endpoint, roles)) return { roles, gridIds: membership.gridIds, membership, byRoles: true }
  // Street staff read (and whistle from) the compounds of their street without a role inside them (G4).
  if (access.street === true && (await staffOfCompoundStreet(deps, caller.userId, compoundId)))
    return { roles, gridIds: membership?.gridIds ?? [], streetStaff: true, membership }
  // Users of the property company linked to the compound answer its rectification notices (S3).
  if (access.company === true && (await staffOfCompoundCompany(deps, caller.userId, compoundId)))
    return { roles, gridIds: membership?.gridIds ?? [], companyStaff: true, membership }
  throw new Forbidden('你在这个小区没有这项权限')
}

/**
 * What leaves: only the fields the contract names (P1, P3). The response is projected onto its schema
 * (`projectorOf`: copying, not validating, what the route built); with `RESPONSE_CHECK` (everywhere but
 * production) it is also parsed by zod and the two must agree, so every suite and journey checks both the route's output and the projection.
 */
function responseBody(e: Endpoint, handled: unknown, check: boolean): unknown {
  const projected = projectorOf(e.response)(handled)
  if (!check) return projected
  const parsed: unknown = e.response.parse(handled)
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed ?? null)), JSON.parse(JSON.stringify(projected ?? null))))
    throw new Error(`${e.id}: the projected response differs from the parsed one`)
  return parsed
}

async function readBody(c: Context, endpoint: Endpoint): Promise<{ parsed: unknown; text: string }> {
  if (endpoint.method === 'get' || endpoint.method === 'delete') return { parsed: undefined, text: '' }
  const text = await c.req.text()
  if (text.trim() === '') return { parsed: undefined, text }
  assertJsonType(c)
  try {
    return { parsed: JSON.parse(text) as unknown, text }
  } catch {
    throw invalidFromZod({ issues: [{ path: [], message: '不是有效的 JSON' }] } as never, 'body')
  }
}

function handler(r: Route, deps: Deps, clientIp: ClientIp) {
  const e = r.endpoint
  return async (c: Context) => {
    const now = deps.clock()
    try {
      const rawParams = c.req.param() as Record<string, string>
      const params = e.params.safeParse(rawParams)
      if (!params.success) throw invalidFromZod(params.error, 'params')
      const caller = authenticate(c, deps, now)
      // The rate counters and the access check are independent reads and writes: one round trip for both, and a
      // refusal by the limiter (429) still answers before one by the access check (403), as when they ran in turn.
      const inTransaction = r.accessInTransaction === true
      const [rate, access] = await Promise.allSettled([
        limitRate(e, caller, clientIp(c), deps, now),
        authorize(e, caller, rawParams, deps, now, inTransaction ? 'writes too' : 'reads'),
      ])
      if (rate.status === 'rejected') throw rate.reason
      if (access.status === 'rejected') throw access.reason
      const { byRoles, ...member } = access.value
      const query = e.query.safeParse(c.req.query())
      if (!query.success) throw invalidFromZod(query.error, 'query')
      const { parsed: raw, text } = await readBody(c, e)
      const body = e.body.safeParse(raw)
      if (!body.success) throw invalidFromZod(body.error, 'body')
      const unknown = unknownFields(e.body, raw)
      if (unknown.length > 0) throw invalidFromUnknown(unknown)
      const ctx = (m: RouteContext<Endpoint>['member'], held: boolean): RouteContext<Endpoint> => ({
        params: params.data,
        query: query.data,
        body: body.data,
        caller,
        member: m,
        // Let in by the roles of a membership: its transactions hold only while that membership is unchanged.
        deps:
          held && m.membership && caller
            ? { ...deps, db: guardedDb(deps.db, membershipGuard(deps.db, caller.userId, m.membership)) }
            : deps,
        now,
        raw: { body: text, header: (name) => c.req.header(name) },
      })
      const handled = await r.handle(ctx(member, inTransaction && byRoles === true)).catch(async (err: unknown) => {
        if (!(err instanceof AccessChanged) || !caller) throw err
        // The membership changed since it was read (or copied): nothing was written. Decided again on a fresh
        // read, once; a refusal now is the caller's answer.
        forgetMembership(deps.db.raw, caller.userId, rawParams.compoundId ?? '')
        const again = await authorize(e, caller, rawParams, deps, now)
        const { byRoles: held, ...fresh } = again
        return r.handle(ctx(fresh, inTransaction && held === true)).catch((second: unknown) => {
          if (second instanceof AccessChanged) throw new Conflict('AccessChanging', '你的权限正在变更，请稍后再试')
          throw second
        })
      })
      if (e.produces) return fileResponse(e.response.parse(handled) as z.infer<typeof FileBody>, e.produces, e.status)
      return c.json(responseBody(e, handled, deps.config.RESPONSE_CHECK === 'on'), e.status)
    } catch (err) {
      const { status, body, headers } = errorResponse(err, (entry) =>
        deps.log({ ...entry, route: e.id, method: e.method, path: c.req.path }),
      )
      return c.json(body, status as 400, headers)
    }
  }
}

export interface AppOptions {
  /** Serves /v1/openapi.json when given (http/openapi.ts); passed in so other Lambdas do not bundle every contract. */
  openapi?: (deps: Deps) => unknown
  /** Where the caller's address comes from (rate limits): the socket locally, the gateway's event in Lambda. */
  clientIp?: ClientIp
}

/** The one HTTP wrapper: JSON, CORS, auth, validation from the contracts, and error mapping. */
export function createApp(routes: readonly Route[], deps: Deps, options: AppOptions = {}): Hono {
  // Every 400 says in Chinese what is wrong with the field it names (issue 15 item 6).
  installZhErrors()
  const app = new Hono()
  // Transport (issue 15 item 8): security headers on every answer, the body limit, CORS from configuration.
  app.use('*', securityHeaders(deps.config))
  app.use('/v1/*', limitBody(deps.config))
  const origins = deps.config.CORS_ORIGINS
  if (origins.length > 0) app.use('/v1/*', corsHeaders(origins))
  const openapi = options.openapi
  if (openapi) app.get('/v1/openapi.json', (c) => c.json(openapi(deps)))
  for (const r of routes)
    app.on(
      r.endpoint.method.toUpperCase(),
      honoPath(r.endpoint.path),
      handler(r as Route, deps, options.clientIp ?? (() => 'unknown')),
    )
  app.all('/v1/*', (c) =>
    c.json({ error: { code: 'NotFound', message: `没有这个接口：${c.req.method} ${c.req.path}` } }, 404),
  )
  return app
}
