import { z } from 'zod'
import type { Role } from './common'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Bounded contexts: each is one Lambda function in AWS and one route module in apps/api. */
export const CONTEXTS = [
  'identity',
  'tickets',
  'assembly',
  'ledger',
  'crowdfund',
  'reports',
  'governance',
  'care',
  'neighbours',
  'documents',
  'street',
  'rectification',
  'assessment',
] as const
export type Context = (typeof CONTEXTS)[number]

/**
 * Who may call an endpoint. `compound` endpoints carry `{compoundId}` in the path and are checked against
 * the caller's roles in that compound; nothing else ever grants access to a compound's data. `platform`
 * endpoints are for platform admins (a flag on the person); `community` endpoints carry `{communityId}` and
 * are for that community's admins and platform admins (DESIGN roles: they create communities and compounds).
 * A `compound` endpoint marked `street` also lets in the staff of the street the compound's community belongs
 * to (DOMAIN G4: the street sees the compounds of its area). `street` endpoints carry `{streetId}` and are for
 * that street's staff; `department` endpoints carry `{departmentId}` and are for that department's users.
 * A `compound` endpoint marked `company` also lets in the users of the property company linked to the compound
 * (DOMAIN S3); `company` endpoints carry `{companyId}` and are for that company's users.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'compound'; roles: readonly Role[]; street?: true; company?: true }
  | { kind: 'platform' }
  | { kind: 'community' }
  | { kind: 'street' }
  | { kind: 'department' }
  | { kind: 'company' }
  | { kind: 'dev' }

type AnyObject = z.AnyZodObject

export interface Endpoint<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodTypeAny = z.ZodTypeAny,
  R extends z.ZodTypeAny = z.ZodTypeAny,
> {
  id: string
  method: HttpMethod
  /** OpenAPI-style path, e.g. `/v1/compounds/{compoundId}/units`. */
  path: string
  summary: string
  context: Context
  access: Access
  params: P
  query: Q
  body: B
  response: R
  /** Status of a success; 201 for creates. */
  status: 200 | 201
  /** A file answer instead of JSON: the response is a `FileBody` sent as these bytes with this type. */
  produces?: FileType
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** File answers an endpoint may give: a PDF, a CSV for Excel (UTF-8 with one BOM), an Excel workbook, or a PNG (a QR code). */
export type FileType = 'application/pdf' | 'text/csv; charset=utf-8' | typeof XLSX_TYPE | 'image/png'

/** What a route returns for a `produces` endpoint; the wrapper sends `bytes` with a download file name. */
export const FileBody = z.object({ filename: z.string().min(1), bytes: z.instanceof(Uint8Array) })

const none = z.object({})

export function endpoint<
  P extends AnyObject = typeof none,
  Q extends AnyObject = typeof none,
  B extends z.ZodTypeAny = z.ZodUndefined,
  R extends z.ZodTypeAny = z.ZodTypeAny,
>(def: {
  id: string
  method: HttpMethod
  path: string
  summary: string
  context: Context
  access: Access
  params?: P
  query?: Q
  body?: B
  response: R
  status?: 200 | 201
  produces?: FileType
}): Endpoint<P, Q, B, R> {
  return {
    ...def,
    params: (def.params ?? none) as P,
    query: (def.query ?? none) as Q,
    body: (def.body ?? z.undefined()) as B,
    status: def.status ?? 200,
  }
}

export type ParamsOf<E extends Endpoint> = z.infer<E['params']>
export type QueryOf<E extends Endpoint> = z.infer<E['query']>
export type BodyOf<E extends Endpoint> = z.input<E['body']>
export type ResponseOf<E extends Endpoint> = z.infer<E['response']>

/** `/v1/compounds/{compoundId}` → `/v1/compounds/c1` */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`missing path parameter ${name}`)
    return encodeURIComponent(value)
  })
}

export const COMPOUND_ROLES_ALL = [
  'resident',
  'owner',
  'grid_worker',
  'property_staff',
  'committee_member',
  'community_admin',
] as const satisfies readonly Role[]
