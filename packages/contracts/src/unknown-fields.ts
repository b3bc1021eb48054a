import type { z } from 'zod'

// zod v3 keeps a schema's parts in `_def`, untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = { typeName: string } & Record<string, any>

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Paths of the fields in `value` that `schema` does not name (`['approval', 'amountFenn']`), for a value the
 * schema accepts. zod drops such fields silently; the API refuses them (issue 15 item 7: a misspelled field still
 * approved an expense), as openapi.json's `additionalProperties: false` promised, and `call` checks its own
 * bodies the same way. Objects declared `.passthrough()` (WeChat's pushes) keep their extra fields.
 */
export function unknownFields(schema: z.ZodTypeAny, value: unknown, at: Array<string | number> = []): string[][] {
  const def = schema._def as Def
  const inner = (s: z.ZodTypeAny, v: unknown, path = at) => unknownFields(s, v, path)
  switch (def.typeName) {
    case 'ZodObject': {
      if (!isPlainObject(value)) return []
      const shape = def.shape() as Record<string, z.ZodTypeAny>
      const open = def.unknownKeys === 'passthrough' || (def.catchall as z.ZodTypeAny)._def.typeName !== 'ZodNever'
      return Object.entries(value).flatMap(([k, v]) => {
        // Own keys only: `__proto__` or `constructor` in a body must not find the shape's inherited members.
        const field = Object.hasOwn(shape, k) ? shape[k] : undefined
        if (field) return inner(field, v, [...at, k])
        return open ? [] : [[...at, k].map(String)]
      })
    }
    case 'ZodArray':
      return Array.isArray(value) ? value.flatMap((v, i) => inner(def.type, v, [...at, i])) : []
    case 'ZodTuple':
      return Array.isArray(value) ? (def.items as z.ZodTypeAny[]).flatMap((s, i) => inner(s, value[i], [...at, i])) : []
    case 'ZodRecord':
      return isPlainObject(value) ? Object.entries(value).flatMap(([k, v]) => inner(def.valueType, v, [...at, k])) : []
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
      return value === undefined || value === null ? [] : inner(def.innerType, value)
    case 'ZodBranded':
      return inner(def.type, value)
    case 'ZodEffects':
      return inner(def.schema, value)
    case 'ZodPipeline':
      return inner(def.in, value)
    case 'ZodLazy':
      return inner(def.getter(), value)
    case 'ZodDiscriminatedUnion': {
      const option = isPlainObject(value)
        ? (def.optionsMap as Map<unknown, z.ZodTypeAny>).get(value[def.discriminator as string])
        : undefined
      return option ? inner(option, value) : []
    }
    case 'ZodUnion': {
      const option = (def.options as z.ZodTypeAny[]).find((o) => o.safeParse(value).success)
      return option ? inner(option, value) : []
    }
    default:
      return []
  }
}
