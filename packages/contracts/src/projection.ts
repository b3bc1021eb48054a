import { z } from 'zod'

/**
 * A response's privacy net without the cost of validating it again: `projectorOf(schema)` copies exactly the
 * fields the contract names — recursively through objects, arrays, optionals, nullables, records and
 * discriminated unions — and drops every other one, as zod's parse strips them, without checking types the
 * route code already produced. Where copying cannot stand for parsing (a default, a transform, a plain union,
 * a lazy or an intersection), that part is parsed by zod itself, so the output is always what `parse` gives
 * for a valid value. The API checks that equality on every response outside production (http/app.ts).
 */
export type Projector = (value: unknown) => unknown

const cache = new WeakMap<z.ZodTypeAny, Projector>()

export function projectorOf(schema: z.ZodTypeAny): Projector {
  const hit = cache.get(schema)
  if (hit) return hit
  const made = compile(schema)
  cache.set(schema, made)
  return made
}

const identity: Projector = (v) => v
const parsedBy =
  (schema: z.ZodTypeAny): Projector =>
  (v) =>
    schema.parse(v)

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function compileObject(schema: z.ZodObject<z.ZodRawShape>): Projector {
  const def = schema._def
  // An open object (passthrough, catchall) keeps fields it does not name: only zod knows what it keeps.
  if (def.unknownKeys !== 'strip' && def.unknownKeys !== 'strict') return parsedBy(schema)
  if ((def.catchall as z.ZodTypeAny)._def.typeName !== z.ZodFirstPartyTypeKind.ZodNever) return parsedBy(schema)
  const fields = Object.entries(schema.shape).map(([key, field]) => [key, projectorOf(field as z.ZodTypeAny)] as const)
  return (v) => {
    if (!isPlainObject(v)) return schema.parse(v)
    const out: Record<string, unknown> = {}
    for (const [key, project] of fields) {
      if (!(key in v)) {
        const absent = project(undefined)
        if (absent !== undefined) out[key] = absent
        continue
      }
      out[key] = project(v[key])
    }
    return out
  }
}

function compileDiscriminated(schema: z.ZodDiscriminatedUnion<string, z.ZodObject<z.ZodRawShape>[]>): Projector {
  const key = schema.discriminator
  const branches = new Map<unknown, Projector>()
  for (const [value, option] of schema.optionsMap) branches.set(value, projectorOf(option))
  return (v) => {
    const branch = isPlainObject(v) ? branches.get(v[key]) : undefined
    return branch ? branch(v) : schema.parse(v)
  }
}

function compile(schema: z.ZodTypeAny): Projector {
  const kind = z.ZodFirstPartyTypeKind
  const def = schema._def as { typeName: z.ZodFirstPartyTypeKind } & Record<string, unknown>
  switch (def.typeName) {
    case kind.ZodString:
    case kind.ZodNumber:
    case kind.ZodBoolean:
    case kind.ZodBigInt:
    case kind.ZodEnum:
    case kind.ZodNativeEnum:
    case kind.ZodLiteral:
    case kind.ZodNull:
    case kind.ZodUndefined:
    case kind.ZodAny:
    case kind.ZodUnknown: {
      // Scalars pass as they are, except a string that trims or otherwise rewrites itself: parse that one.
      const checks = (def.checks as Array<{ kind: string }> | undefined) ?? []
      const rewrites = checks.some((c) => c.kind === 'trim' || c.kind === 'toLowerCase' || c.kind === 'toUpperCase')
      return rewrites || def.coerce ? parsedBy(schema) : identity
    }
    case kind.ZodObject:
      return compileObject(schema as z.ZodObject<z.ZodRawShape>)
    case kind.ZodArray: {
      const item = projectorOf((schema as z.ZodArray<z.ZodTypeAny>).element)
      return (v) => (Array.isArray(v) ? v.map(item) : schema.parse(v))
    }
    case kind.ZodOptional: {
      const inner = projectorOf((schema as z.ZodOptional<z.ZodTypeAny>).unwrap())
      return (v) => (v === undefined ? undefined : inner(v))
    }
    case kind.ZodNullable: {
      const inner = projectorOf((schema as z.ZodNullable<z.ZodTypeAny>).unwrap())
      return (v) => (v === null ? null : inner(v))
    }
    case kind.ZodRecord: {
      const record = schema as z.ZodRecord
      if (record.keySchema._def.typeName !== kind.ZodString) return parsedBy(schema)
      const value = projectorOf(record.valueSchema)
      return (v) => {
        if (!isPlainObject(v)) return schema.parse(v)
        const out: Record<string, unknown> = {}
        for (const [k, item] of Object.entries(v)) if (item !== undefined) out[k] = value(item)
        return out
      }
    }
    case kind.ZodDiscriminatedUnion:
      return compileDiscriminated(schema as z.ZodDiscriminatedUnion<string, z.ZodObject<z.ZodRawShape>[]>)
    case kind.ZodEffects: {
      // A refinement only checks; a transform or preprocess rewrites, which only zod can do.
      const effect = (def.effect as { type: string }).type
      return effect === 'refinement'
        ? projectorOf((schema as z.ZodEffects<z.ZodTypeAny>).innerType())
        : parsedBy(schema)
    }
    case kind.ZodBranded:
      return projectorOf((schema as z.ZodBranded<z.ZodTypeAny, string>).unwrap())
    case kind.ZodReadonly:
      return projectorOf(def.innerType as z.ZodTypeAny)
    default:
      // Defaults, plain unions, lazies, intersections, tuples, pipelines, dates: parsed by zod.
      return parsedBy(schema)
  }
}
