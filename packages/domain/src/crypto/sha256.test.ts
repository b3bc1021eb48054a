import { createHash } from 'node:crypto'
import { sha256Hex } from './sha256'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-4 vector for %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest)
  })

  it('matches the one-million-"a" vector', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  // Lengths around the 55/56/64-byte padding edges are where hand-written SHA-256 usually breaks.
  it('agrees with node:crypto at every length across the padding edges and on non-ASCII text', () => {
    const samples = Array.from({ length: 130 }, (_, n) => 'x'.repeat(n))
    samples.push('业主大会表决 😀', 'a\ud800b')
    for (const s of samples) expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
  })
})
