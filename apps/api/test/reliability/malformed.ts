import fc from 'fast-check'
import { fillPath, unknownFields, type Endpoint } from '@jiayuan/contracts'
import { dummyParams } from './routes'
import { sampleOf } from './zod-sample'

export type FuzzKind = 'param' | 'query' | 'body-field' | 'body-drop' | 'body-json' | 'body-raw' | 'junk-query'

export interface FuzzRequest {
  kind: FuzzKind
  /** Path with its query string. */
  path: string
  body?: unknown
  raw?: string
  /** What the wrapper would see: params after decoding, query strings, the parsed body. */
  seen: { params: Record<string, string>; query: Record<string, string>; body: unknown }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export const carriesBody = (e: Endpoint) => e.method !== 'get' && e.method !== 'delete'

/** The wrapper refuses it: params, query or body fails its contract schema (so nothing may be written). */
export function isMalformed(e: Endpoint, r: FuzzRequest): boolean {
  return (
    !e.params.safeParse(r.seen.params).success ||
    !e.query.safeParse(r.seen.query).success ||
    !e.body.safeParse(r.seen.body).success ||
    unknownFields(e.body, r.seen.body).length > 0
  )
}

/** Whether some input of this endpoint can be malformed at all (GET /v1/me has nothing to get wrong). */
export const canBeMalformed = (e: Endpoint) =>
  Object.keys(e.params.shape).length > 0 || Object.keys(e.query.shape).length > 0 || carriesBody(e)

const NASTY_STRINGS = [
  '',
  ' ',
  '💥'.repeat(300),
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '../../etc/passwd',
  '\u0000',
  '2025-13-45',
  'NaN',
  '-1',
  '1e309',
  'true',
  'null',
  '{}',
  'x'.repeat(5000),
]

const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 }),
)

/** Values of the wrong type or out of range for almost any field. */
const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -(2 ** 60), 1e308),
  nastyString,
  fc.array(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 4 }),
)

/** Texts that are not JSON, or JSON of a shape no contract takes. */
const rawBodies = fc.oneof(
  fc.constantFrom(
    '{"a":',
    '{"x":1}}',
    "{'single':1}",
    'undefined',
    '\uFEFF{}',
    'nul',
    '[' + '['.repeat(5000) + ']'.repeat(5001),
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
  ),
  fc.string({ maxLength: 60 }).map((s) => `{${s}`),
  fc.string({ unit: 'binary', maxLength: 60 }),
)

const PARAM_JUNK = [
  'bad id!',
  'x'.repeat(65),
  '💥',
  'a b',
  "'; DROP TABLE x; --",
  '%00',
  '0x1F',
  '-5',
  '3.5',
  '99999',
  '1999',
  '2025-1',
  '<x>',
  '中文',
]

function pathsOf(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at]
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))]
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))]
  return here
}

function setAt(root: Json, path: Array<string | number>, replace: (parent: any, key: string | number) => void): Json {
  if (path.length === 0) return root
  const copy = structuredClone(root)
  let parent: any = copy
  for (const key of path.slice(0, -1)) parent = parent[key]
  replace(parent, path[path.length - 1] as string | number)
  return copy
}

const toJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json))
const stringify = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))

/** The body as the server reads it: sent as UTF-8 (lone surrogates become U+FFFD), decoded with a BOM dropped. */
function parsedRaw(raw: string): unknown {
  const text = new TextDecoder().decode(new TextEncoder().encode(raw))
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return Symbol('not JSON')
  }
}

/** Generates requests to one endpoint that differ from a plausible one by one mistake, from its zod contract. */
export function fuzzRequests(
  e: Endpoint,
  compoundId: string,
  known: Record<string, string> = {},
): fc.Arbitrary<FuzzRequest> {
  const params = dummyParams(e, compoundId, known)
  const query = Object.fromEntries(
    Object.entries((sampleOf(e.query) ?? {}) as Record<string, unknown>).map(([k, v]) => [k, stringify(v)]),
  )
  const body = carriesBody(e) ? sampleOf(e.body) : undefined
  const make = (
    kind: FuzzKind,
    p: Record<string, string>,
    q: Record<string, string>,
    b: { body?: Json; raw?: string },
  ): FuzzRequest => {
    const qs = new URLSearchParams(q).toString()
    const seenBody = b.raw !== undefined ? parsedRaw(b.raw) : b.body
    return {
      kind,
      path: fillPath(e.path, p) + (qs ? `?${qs}` : ''),
      ...b,
      seen: { params: p, query: q, body: seenBody },
    }
  }
  const base = body === undefined ? {} : { body: toJson(body) }
  const kinds: Array<fc.Arbitrary<FuzzRequest>> = []

  const names = Object.keys(params)
  if (names.length > 0) {
    const value = fc
      .oneof(fc.constantFrom(...PARAM_JUNK), fc.string({ minLength: 1, maxLength: 80 }))
      .filter((v) => v !== '.' && v !== '..')
    // Only values the parameter's schema refuses: a well-formed other id is an access question, not bad input.
    const bad = fc
      .tuple(fc.constantFrom(...names), value)
      .filter(([name, v]) => !e.params.shape[name]?.safeParse(v).success)
    kinds.push(bad.map(([name, v]) => make('param', { ...params, [name]: v }, query, base)))
  }
  const keys = Object.keys(e.query.shape)
  if (keys.length > 0) {
    const change = fc.tuple(fc.constantFrom(...keys), fc.option(nastyString, { nil: undefined }))
    kinds.push(
      change.map(([key, v]) => {
        const q = { ...query }
        if (v === undefined) delete q[key]
        else q[key] = v
        return make('query', params, q, base)
      }),
    )
  }
  if (carriesBody(e)) {
    const sample = toJson(body)
    const paths = pathsOf(sample)
    const objectPaths = paths.filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string')
    kinds.push(
      fc.tuple(fc.constantFrom(...paths), junk).map(([path, v]) =>
        make('body-field', params, query, {
          body: path.length === 0 ? v : setAt(sample, path, (parent, key) => (parent[key] = v)),
        }),
      ),
    )
    if (objectPaths.length > 0) {
      kinds.push(
        fc
          .constantFrom(...objectPaths)
          .map((path) =>
            make('body-drop', params, query, { body: setAt(sample, path, (parent, key) => delete parent[key]) }),
          ),
      )
    }
    kinds.push(fc.jsonValue({ maxDepth: 3 }).map((v) => make('body-json', params, query, { body: toJson(v) })))
    kinds.push(rawBodies.map((raw) => make('body-raw', params, query, { raw })))
  }
  if (kinds.length === 0) {
    kinds.push(
      fc
        .dictionary(fc.string({ minLength: 1, maxLength: 8 }), nastyString, { maxKeys: 3 })
        .map((q) => make('junk-query', params, q, {})),
    )
  }
  return fc.oneof(...kinds)
}
