import type { z } from 'zod'

/** Strings tried in order for a string schema; the first it accepts is the sample. */
const STRINGS = [
  'rel-sample-01',
  'abcdefgh',
  '2025-01',
  '2025-01-15',
  '2025-03-03T01:00:00.000Z',
  'https://example.com/a.jpg',
  '测试内容，楼道灯不亮',
  'a'.repeat(64),
  'x',
]

type Def = { typeName: string } & Record<string, any>

/** Which numbers a sample carries: a plausible small one, or the smallest or largest the schema accepts. */
export type NumberEnd = 'sample' | 'min' | 'max'

function numberSample(def: Def, end: NumberEnd): number {
  const checks = (def.checks ?? []) as Array<{ kind: string; value?: number; inclusive?: boolean }>
  const min = checks.find((c) => c.kind === 'min')
  const max = checks.find((c) => c.kind === 'max')
  const isInt = checks.some((c) => c.kind === 'int')
  const step = isInt ? 1 : Number.EPSILON
  if (end === 'max' && max?.value !== undefined) return max.inclusive === false ? max.value - step : max.value
  if (end === 'min' && min?.value !== undefined) return min.inclusive === false ? min.value + step : min.value
  if (min?.value !== undefined) return min.inclusive === false ? Math.floor(min.value) + 1 : Math.ceil(min.value)
  if (max?.value !== undefined && max.value < 1)
    return max.inclusive === false ? Math.ceil(max.value) - 1 : Math.floor(max.value)
  return 1
}

/**
 * A plausible value for a zod (v3) schema: the starting point the fuzzer mutates. It need not be valid (a
 * refinement may refuse it); the fuzzer only sends what the schema refuses.
 */
export function sampleOf(schema: z.ZodTypeAny, depth = 0, end: NumberEnd = 'sample'): unknown {
  const def = schema._def as Def
  if (depth > 12) return null
  const inner = (s: z.ZodTypeAny) => sampleOf(s, depth + 1, end)
  switch (def.typeName) {
    case 'ZodObject':
      return Object.fromEntries(
        Object.entries(def.shape() as Record<string, z.ZodTypeAny>).map(([k, v]) => [k, inner(v)]),
      )
    case 'ZodString':
      return STRINGS.find((c) => schema.safeParse(c).success) ?? 'x'
    case 'ZodNumber':
      return numberSample(def, end)
    case 'ZodBigInt':
      return 1
    case 'ZodBoolean':
      return true
    case 'ZodEnum':
      return def.values[0]
    case 'ZodNativeEnum':
      return Object.values(def.values as Record<string, unknown>)[0]
    case 'ZodLiteral':
      return def.value
    case 'ZodArray': {
      const length = Math.max(1, def.minLength?.value ?? def.exactLength?.value ?? 0)
      return Array.from({ length }, () => inner(def.type))
    }
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
      return inner(def.innerType)
    case 'ZodBranded':
      return inner(def.type)
    case 'ZodEffects':
      return inner(def.schema)
    case 'ZodPipeline':
      return inner(def.in)
    case 'ZodLazy':
      return inner(def.getter())
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion':
      return inner((def.options as z.ZodTypeAny[])[0] as z.ZodTypeAny)
    case 'ZodTuple':
      return (def.items as z.ZodTypeAny[]).map(inner)
    case 'ZodRecord':
      return {}
    case 'ZodNull':
      return null
    case 'ZodUndefined':
    case 'ZodVoid':
      return undefined
    default:
      return null
  }
}
