import fc from 'fast-check'
import { canonicalJson } from '../../crypto/canonical-json'
import { entryCanonicalJson, hashedForm } from './entry-json'
import type { UnhashedEntry } from './entry-json'

const text = fc.string({ unit: 'binary', maxLength: 12 })
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

/** Entries as they arrive for verification: any optional field absent or present, any text, odd extras. */
const entry: fc.Arbitrary<UnhashedEntry> = fc
  .record({
    entryId: text,
    compoundId: text,
    seq: fc.integer(),
    postedAt: text,
    kind: fc.constantFrom('expense', 'income', 'reversal'),
    memo: text,
    counterparty: optional(text),
    legs: fc.array(fc.record({ account: text, amountFen: fc.integer(), note: optional(text) }), { maxLength: 4 }),
    reverses: optional(text),
    billId: optional(text),
    attachments: optional(fc.array(text, { maxLength: 3 })),
    reference: optional(text),
    valueDate: optional(text),
    pk: optional(text),
  })
  .map((e) => e as unknown as UnhashedEntry)

describe('entryCanonicalJson', () => {
  it('is exactly canonicalJson of the hashed form, for any entry', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), entry, (prevHash, e) => {
        expect(entryCanonicalJson(prevHash, e)).toBe(canonicalJson(hashedForm(prevHash, e)))
      }),
      { numRuns: 2000 },
    )
  })

  it('serialises a tampered field of the wrong type as the general form does', () => {
    const odd = {
      entryId: 'e1',
      compoundId: 'c1',
      seq: '7',
      postedAt: 1,
      kind: 'expense',
      memo: null,
      legs: [{ account: 'a', amountFen: '5' }],
    }
    const e = odd as unknown as UnhashedEntry
    expect(entryCanonicalJson('h', e)).toBe(canonicalJson(hashedForm('h', e)))
    expect(() => entryCanonicalJson('h', { ...e, seq: Number.NaN })).toThrow(TypeError)
  })
})
