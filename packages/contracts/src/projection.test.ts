import { z } from 'zod'
import { projectorOf } from './projection'

/** The projection copies what the contract names and nothing else, and always gives what zod's parse gives. */
const same = (schema: z.ZodTypeAny, value: unknown) => {
  const projected = projectorOf(schema)(value)
  expect(JSON.parse(JSON.stringify(projected))).toEqual(JSON.parse(JSON.stringify(schema.parse(value))))
  return projected
}

const Person = z.object({ name: z.string(), phone: z.string().optional() })
const Event = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), text: z.string() }),
  z.object({ kind: z.literal('photo'), keys: z.array(z.string()) }),
])
const Page = z.object({
  items: z.array(z.object({ id: z.string(), by: Person, events: z.array(Event) })),
  counts: z.record(z.number()),
  next: z.string().nullable(),
  state: z.enum(['open', 'closed']).default('open'),
  checked: z.object({ a: z.number(), b: z.number() }).refine((o) => o.a <= o.b),
})

it('drops every field the contract does not name, at any depth, as zod does', () => {
  const out = same(Page, {
    items: [
      {
        id: 't1',
        secret: 'x',
        by: { name: '李', phone: '138', idCard: '330' },
        events: [
          { kind: 'note', text: 'hi', internal: 1 },
          { kind: 'photo', keys: ['k'], exif: 'gps' },
        ],
      },
    ],
    counts: { open: 1 },
    next: null,
    checked: { a: 1, b: 2, extra: true },
    debug: 'trace',
  }) as Record<string, unknown>
  expect(JSON.stringify(out)).not.toMatch(/secret|idCard|internal|exif|extra|debug/)
  expect(out.state).toBe('open')
})

it('parses what copying cannot stand for: transforms, plain unions, open objects, trimmed strings', () => {
  const Odd = z.object({
    upper: z.string().transform((s) => s.toUpperCase()),
    either: z.union([z.object({ a: z.number() }), z.object({ b: z.number() })]),
    open: z.object({ id: z.string() }).passthrough(),
    trimmed: z.string().trim(),
  })
  const out = same(Odd, { upper: 'ab', either: { b: 2, c: 3 }, open: { id: 'x', more: 1 }, trimmed: ' t ' })
  expect(out).toEqual({ upper: 'AB', either: { b: 2 }, open: { id: 'x', more: 1 }, trimmed: 't' })
})

it('keeps optional and nullable values as they are', () => {
  const S = z.object({ a: z.number().optional(), b: z.number().nullable(), c: z.array(Person).optional() })
  expect(same(S, { b: null })).toEqual({ b: null })
  expect(same(S, { a: 1, b: 2, c: [{ name: 'x', z: 1 }] })).toEqual({ a: 1, b: 2, c: [{ name: 'x' }] })
})
