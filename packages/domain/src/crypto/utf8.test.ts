import { utf8Bytes } from './utf8'

describe('utf8Bytes', () => {
  it.each([
    ['', []],
    ['abc', [0x61, 0x62, 0x63]],
    ['é', [0xc3, 0xa9]],
    ['家园', [0xe5, 0xae, 0xb6, 0xe5, 0x9b, 0xad]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]],
  ])('encodes %j', (text, bytes) => {
    expect([...utf8Bytes(text)]).toEqual(bytes)
  })

  it('matches TextEncoder, including lone surrogates', () => {
    const samples = ['业主大会 vote №3', 'a\ud800b', '\udc00', 'x\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff']
    for (const s of samples) expect([...utf8Bytes(s)]).toEqual([...new TextEncoder().encode(s)])
  })
})
