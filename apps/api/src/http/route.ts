import type { z } from 'zod'
import type { Endpoint, Membership, Role } from '@jiayuan/contracts'
import { Unauthenticated } from '@jiayuan/domain'
import type { Deps } from '../deps'
/** Who is calling, from the token; their roles are read from the table per request (app.ts `authorize`). */
export interface Caller {
  userId: string
  /** First login of this session, in seconds (the token's `sst`). */
  sessionStart: number
}

export interface RouteContext<E extends Endpoint> {
  params: z.output<E['params']>
  query: z.output<E['query']>
  body: z.output<E['body']>
  /** Null only on public endpoints. */
  caller: Caller | null
  /** The caller's roles and grids in the path's compound (compound endpoints only); set for a platform admin. */
  /** `streetStaff`: let in as staff of the street above the compound (or of the path's street), DOMAIN G4. */
  member: {
    roles: Role[]
    gridIds: string[]
    platformAdmin?: boolean
    streetStaff?: boolean
    /** Let in as a user of the property company linked to the compound (or of the path's), S3. */
    companyStaff?: boolean
    /** The membership the access check read (consistent): owner id and units without a second read. */
    membership?: Membership
  }
  deps: Deps
  now: Date
  /** The body as sent and the request headers: for pushes signed over their exact bytes (WeChat Pay, F12). */
  raw: { body: string; header(name: string): string | undefined }
}

export interface Route<E extends Endpoint = Endpoint> {
  endpoint: E
  handle(ctx: RouteContext<E>): Promise<z.input<E['response']>>
  /**
   * A write whose access check its transaction carries (app.ts, packages/db access-guard.ts): it may be let in on
   * the warm instance's copy of the caller's membership, since every transaction it sends holds only while that
   * membership is unchanged; a write outside a transaction before the first such one is refused. One consistent
   * read fewer per request on the writes people make most.
   */
  accessInTransaction?: boolean
}

/** Binds route code to its contract; the wrapper in app.ts does parsing, auth and errors. */
export function route<E extends Endpoint>(
  endpoint: E,
  handle: Route<E>['handle'],
  options: { accessInTransaction?: boolean } = {},
): Route<E> {
  return { endpoint, handle, ...options }
}

export function mustCaller(ctx: { caller: Caller | null }): Caller {
  if (!ctx.caller) throw new Unauthenticated()
  return ctx.caller
}
