import { ZodType, type z } from 'zod'
import * as contracts from './index'

/**
 * Every number in every contract has a domain maximum and stays a safe integer where integral (issue 15 item 1:
 * SLA minutes of 1e15 reached `Date` and a version above 2^53 reached DynamoDB, each answered 500). Walks every
 * exported schema and endpoint and names each number that could carry such a value.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- zod v3 internals are untyped
type Def = { typeName: string } & Record<string, any>
type Check = { kind: string; value?: number; inclusive?: boolean }

function numberProblem(def: Def): string | null {
  const checks = (def.checks ?? []) as Check[]
  const max = Math.min(...checks.filter((c) => c.kind === 'max').map((c) => c.value ?? Infinity))
  const min = Math.max(...checks.filter((c) => c.kind === 'min').map((c) => c.value ?? -Infinity))
  if (!Number.isFinite(max)) return 'no maximum'
  if (max > Number.MAX_SAFE_INTEGER) return `maximum ${max} above Number.MAX_SAFE_INTEGER`
  if (!Number.isFinite(min)) return 'no minimum'
  if (min < Number.MIN_SAFE_INTEGER) return `minimum ${min} below Number.MIN_SAFE_INTEGER`
  return null
}

/** Each number reachable from a schema, with where it sits (`Endpoint.body.slaTable[].respondMinutes`). */
function walk(schema: z.ZodTypeAny, at: string, seen: Set<unknown>, found: Map<string, string>): void {
  if (seen.has(schema)) return
  seen.add(schema)
  const def = schema._def as Def
  const go = (s: z.ZodTypeAny | undefined, where: string) => s && walk(s, where, seen, found)
  switch (def.typeName) {
    case 'ZodNumber': {
      const problem = numberProblem(def)
      if (problem) found.set(at, problem)
      return
    }
    case 'ZodBigInt':
      found.set(at, 'bigint')
      return
    case 'ZodObject':
      for (const [k, v] of Object.entries(def.shape() as Record<string, z.ZodTypeAny>)) go(v, `${at}.${k}`)
      go(def.catchall as z.ZodTypeAny, `${at}.*`)
      return
    case 'ZodArray':
      return go(def.type, `${at}[]`)
    case 'ZodRecord':
    case 'ZodMap':
      go(def.keyType, `${at}{key}`)
      return go(def.valueType, `${at}{}`)
    case 'ZodSet':
      return go(def.valueType, `${at}{}`)
    case 'ZodTuple':
      ;(def.items as z.ZodTypeAny[]).forEach((s, i) => go(s, `${at}[${i}]`))
      return go(def.rest, `${at}[...]`)
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      ;(def.options as z.ZodTypeAny[]).forEach((s, i) => go(s, `${at}|${i}`))
      return
    case 'ZodIntersection':
      go(def.left, at)
      return go(def.right, at)
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
      return go(def.innerType, at)
    case 'ZodBranded':
      return go(def.type, at)
    case 'ZodEffects':
      return go(def.schema, at)
    case 'ZodPipeline':
      go(def.in, at)
      return go(def.out, at)
    case 'ZodLazy':
      return go(def.getter(), at)
    case 'ZodPromise':
      return go(def.type, at)
    default:
      return
  }
}

/** Schemas among the exports, including those inside endpoint objects and lists of endpoints. */
function schemasIn(value: unknown, at: string, visited: Set<unknown>, out: Array<[string, z.ZodTypeAny]>) {
  if (value === null || typeof value !== 'object' || visited.has(value)) return
  visited.add(value)
  if (value instanceof ZodType) {
    out.push([at, value])
    return
  }
  // An endpoint is named by its id (`tickets.slaTable.set.body.…`), not by its place in a list.
  const id = (value as { id?: unknown; method?: unknown }).method ? (value as { id?: unknown }).id : undefined
  const here = typeof id === 'string' ? id : at
  for (const [k, v] of Object.entries(value)) schemasIn(v, `${here}.${k}`, visited, out)
}

function unboundedNumbers(): { schemas: number; numbers: Map<string, string> } {
  const out: Array<[string, z.ZodTypeAny]> = []
  const visited = new Set<unknown>()
  for (const [name, value] of Object.entries(contracts)) schemasIn(value, name, visited, out)
  const found = new Map<string, string>()
  const seen = new Set<unknown>()
  for (const [at, schema] of out) walk(schema, at, seen, found)
  return { schemas: out.length, numbers: found }
}

describe('numbers in the contracts', () => {
  it('the walker finds an unbounded number and passes a bounded one', () => {
    const { z } = jest.requireActual<typeof import('zod')>('zod')
    const found = new Map<string, string>()
    walk(
      z.object({
        a: z.number().int(),
        b: z.array(
          z
            .number()
            .max(2 ** 60)
            .min(0),
        ),
        c: z.number().int().safe(),
      }),
      'X',
      new Set(),
      found,
    )
    expect(Object.fromEntries(found)).toEqual({
      'X.a': 'no maximum',
      'X.b[]': `maximum ${2 ** 60} above Number.MAX_SAFE_INTEGER`,
    })
  })

  it('every number of every exported schema and endpoint has a maximum and a minimum within safe integers', () => {
    const { schemas, numbers } = unboundedNumbers()
    expect(schemas).toBeGreaterThan(100)
    expect(Object.fromEntries(numbers)).toEqual({})
  })
})
