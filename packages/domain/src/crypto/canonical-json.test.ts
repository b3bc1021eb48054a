import { canonicalJson } from './canonical-json'

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }] })).toBe('{"a":[3,{"c":null,"d":true}],"b":1}')
  })

  it('drops undefined members so an absent optional field hashes the same as a missing one', () => {
    expect(canonicalJson({ a: 1, proxyId: undefined })).toBe(canonicalJson({ a: 1 }))
  })

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 名: '张"三"\n' })).toBe('{"名":"张\\"三\\"\\n"}')
  })

  it('refuses numbers JSON cannot represent', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(TypeError)
  })
})
