import { z } from 'zod'
import { unknownFields } from './unknown-fields'

describe('unknownFields', () => {
  const body = z.object({ amountFen: z.number(), lines: z.array(z.object({ note: z.string() })) })

  it('names a misspelled field, nested ones by their path', () => {
    expect(unknownFields(body, { amountFenn: 1, amountFen: 1, lines: [{ note: 'a', nte: 'b' }] })).toEqual([
      ['amountFenn'],
      ['lines', '0', 'nte'],
    ])
  })

  it("names Object.prototype's member names as unknown fields instead of walking into them", () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1, "toString": "x", "amountFen": 1}')
    expect(unknownFields(body, parsed)).toEqual([['__proto__'], ['constructor'], ['toString']])
  })
})
