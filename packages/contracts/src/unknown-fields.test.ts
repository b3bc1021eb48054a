import { z } from 'zod'
import { unknownFields } from './unknown-fields'

describe('unknownFields', () => {
  const schema = z.object({ note: z.string().optional(), nested: z.object({ a: z.number() }).optional() })

  it('names a field the contract does not declare, at the top and nested', () => {
    expect(unknownFields(schema, { note: 'x', notee: 1 })).toEqual([['notee']])
    expect(unknownFields(schema, { nested: { a: 1, b: 2 } })).toEqual([['nested', 'b']])
  })

  it('names `__proto__` and `constructor` as unknown instead of following the shape’s inherited members', () => {
    const body = JSON.parse('{"__proto__":{"polluted":true},"constructor":1}') as unknown
    expect(unknownFields(schema, body)).toEqual([['__proto__'], ['constructor']])
  })
})
