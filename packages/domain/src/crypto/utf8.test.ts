import { utf8Bytes, utf8IntoPortable } from './utf8'

const portable = (text: string) => {
  const out = new Uint8Array(text.length * 3)
  return [...out.subarray(0, utf8IntoPortable(text, out))]
}

describe('utf8Bytes', () => {
  it.each([
    ['', []],
    ['abc', [0x61, 0x62, 0x63]],
    ['é', [0xc3, 0xa9]],
    ['家园', [0xe5, 0xae, 0xb6, 0xe5, 0x9b, 0xad]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]],
  ])('encodes %j', (text, bytes) => {
    expect([...utf8Bytes(text)]).toEqual(bytes)
    expect(portable(text)).toEqual(bytes)
  })

  // The hand-written encoder is what runs in the WeChat runtime (no TextEncoder there); Node uses the native one.
  it('the portable encoder matches TextEncoder, including lone surrogates', () => {
    const samples = [
      '业主大会 vote №3',
      'a\ud800b',
      '\udc00',
      'x\ud83d',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
      '😀'.repeat(50),
    ]
    for (const s of samples) {
      expect(portable(s)).toEqual([...new TextEncoder().encode(s)])
      expect([...utf8Bytes(s)]).toEqual([...new TextEncoder().encode(s)])
    }
  })
})
