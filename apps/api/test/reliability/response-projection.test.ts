import fc from 'fast-check'
import { endpoints, projectorOf } from '@jiayuan/contracts'
import { arbitraryOf } from './zod-arbitrary'

/**
 * Production answers with the response projected onto its contract instead of parsed (http/app.ts). For every
 * endpoint's response schema: any valid value, with fields the contract does not name added at every level,
 * projects to exactly what zod's parse gives, so no field the contract does not name can leave (P1, P3).
 */
const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as unknown

/** Adds an unnamed field to every object inside the value (a leaked phone number, an internal id). */
function withStrays(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withStrays)
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = { strayPhone: '13800000000' }
    for (const [k, item] of Object.entries(v)) out[k] = withStrays(item)
    return out
  }
  return v
}

const responses = endpoints.filter((e) => !e.produces)
/** Endpoints for which at least one generated value was valid (refinements reject some generated values). */
const compared = new Set<string>()

afterAll(() => {
  // A fixed seed makes this exact; most schemas yield valid values, and those with tight refinements are
  // still compared on every real answer of the suites and journeys (http/app.ts outside production).
  expect(compared.size).toBeGreaterThan(responses.length * 0.8)
})

it.each(responses.map((e) => [e.id, e] as const))('%s: projection equals parse', (_id, e) => {
  fc.assert(
    fc.property(arbitraryOf(e.response), (value) => {
      const parsed = e.response.safeParse(value)
      if (!parsed.success) return
      compared.add(e.id)
      expect(json(projectorOf(e.response)(value))).toEqual(json(parsed.data))
      // A record keeps any key, so a stray there is data; one that breaks a record's key or value type is not
      // a valid answer, and the projection refuses it as parse does.
      const dirty = withStrays(value)
      const again = e.response.safeParse(dirty)
      if (!again.success) return
      expect(json(projectorOf(e.response)(dirty))).toEqual(json(again.data))
    }),
    { numRuns: 25, seed: 20261203 },
  )
})
