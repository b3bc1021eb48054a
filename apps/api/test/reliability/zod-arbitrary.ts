import fc from 'fast-check'
import type { z } from 'zod'

type Def = { typeName: string } & Record<string, any>
type Check = { kind: string; value?: any; inclusive?: boolean; regex?: RegExp }

const checksOf = (def: Def) => (def.checks ?? []) as Check[]

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def)
  const min = checks.find((c) => c.kind === 'min')?.value ?? checks.find((c) => c.kind === 'length')?.value ?? 0
  const max =
    checks.find((c) => c.kind === 'max')?.value ?? checks.find((c) => c.kind === 'length')?.value ?? Math.max(min, 40)
  const regex = checks.find((c) => c.kind === 'regex')?.regex
  if (regex) return fc.stringMatching(regex)
  if (checks.some((c) => c.kind === 'datetime'))
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString())
  if (checks.some((c) => c.kind === 'url')) return fc.webUrl()
  if (checks.some((c) => c.kind === 'uuid')) return fc.uuid()
  if (checks.some((c) => c.kind === 'email')) return fc.emailAddress()
  const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code))
  const length = { minLength: min, maxLength: Math.min(max, min + 60) }
  return fc.oneof(fc.string(length), fc.string({ ...length, unit: cjk }), fc.string({ ...length, unit: 'grapheme' }))
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def)
  const minC = checks.find((c) => c.kind === 'min')
  const maxC = checks.find((c) => c.kind === 'max')
  const isInt = checks.some((c) => c.kind === 'int')
  const min = minC ? (minC.inclusive === false ? minC.value + (isInt ? 1 : Number.EPSILON) : minC.value) : -1e9
  const max = maxC
    ? maxC.inclusive === false
      ? maxC.value - (isInt ? 1 : Number.EPSILON)
      : maxC.value
    : Math.max(min + 1e6, 1e9)
  const within = isInt
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
  // The ends themselves, often: an SLA of the longest allowed minutes once overflowed `Date` (issue 15).
  const ends = isInt ? [Math.ceil(min), Math.floor(max)] : [min, max]
  return fc.oneof({ arbitrary: fc.constantFrom(...ends), weight: 1 }, { arbitrary: within, weight: 2 })
}

/**
 * Values a zod (v3) schema accepts, most of the time: refinements are left to the caller's safeParse (the
 * fuzzer skips what the schema refuses). Used to send well-formed requests with arbitrary content.
 */
export function arbitraryOf(schema: z.ZodTypeAny, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._def as Def
  const inner = (s: z.ZodTypeAny) => arbitraryOf(s, depth + 1)
  if (depth > 10) return fc.constant(null)
  switch (def.typeName) {
    case 'ZodObject': {
      const shape = def.shape() as Record<string, z.ZodTypeAny>
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v)])))
    }
    case 'ZodString':
      return stringArbitrary(def)
    case 'ZodNumber':
      return numberArbitrary(def)
    case 'ZodBoolean':
      return fc.boolean()
    case 'ZodEnum':
      return fc.constantFrom(...(def.values as string[]))
    case 'ZodNativeEnum':
      return fc.constantFrom(...Object.values(def.values as Record<string, unknown>))
    case 'ZodLiteral':
      return fc.constant(def.value)
    case 'ZodArray': {
      const min = def.minLength?.value ?? def.exactLength?.value ?? 0
      const max = def.maxLength?.value ?? def.exactLength?.value ?? min + 3
      return fc.array(inner(def.type), { minLength: min, maxLength: Math.min(max, min + 3) })
    }
    case 'ZodOptional':
    case 'ZodDefault':
      return fc.option(inner(def.innerType), { nil: undefined })
    case 'ZodNullable':
      return fc.option(inner(def.innerType), { nil: null })
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
      return fc.oneof(...(def.options as z.ZodTypeAny[]).map(inner))
    case 'ZodTuple':
      return fc.tuple(...(def.items as z.ZodTypeAny[]).map(inner))
    case 'ZodRecord':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), inner(def.valueType), { maxKeys: 3 })
    case 'ZodNull':
      return fc.constant(null)
    case 'ZodUndefined':
    case 'ZodVoid':
      return fc.constant(undefined)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}
