import { utf8Bytes } from './utf8'

/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. Not `node:crypto`: the same code runs in the mini-app so an owner
 * can check a receipt and the roll hash on their own phone (DOMAIN V5, V11). Inputs here are small (a roll,
 * a ballot entry), so clarity beats speed.
 */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n))

/** Message plus padding: 0x80, zeros, then the bit length as a 64-bit big-endian integer. */
function pad(message: Uint8Array): Uint8Array {
  const length = Math.ceil((message.length + 9) / 64) * 64
  const bytes = new Uint8Array(length)
  bytes.set(message)
  bytes[message.length] = 0x80
  const view = new DataView(bytes.buffer)
  const bits = message.length * 8
  view.setUint32(length - 8, Math.floor(bits / 0x100000000))
  view.setUint32(length - 4, bits >>> 0)
  return bytes
}

/** One 64-byte block folded into `h`. Typed arrays wrap to 32 bits on store, which is the arithmetic we need. */
function compress(h: Uint32Array, w: Uint32Array, bytes: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const i = offset + t * 4
    w[t] = ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)
  }
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15] ?? 0
    const w2 = w[t - 2] ?? 0
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)
    w[t] = (w[t - 16] ?? 0) + s0 + (w[t - 7] ?? 0) + s1
  }
  let a = h[0] ?? 0
  let b = h[1] ?? 0
  let c = h[2] ?? 0
  let d = h[3] ?? 0
  let e = h[4] ?? 0
  let f = h[5] ?? 0
  let g = h[6] ?? 0
  let hh = h[7] ?? 0
  for (let t = 0; t < 64; t++) {
    const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
    const ch = (e & f) ^ (~e & g)
    const t1 = (hh + s1 + ch + (K[t] ?? 0) + (w[t] ?? 0)) | 0
    const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
    const maj = (a & b) ^ (a & c) ^ (b & c)
    hh = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + s0 + maj) | 0
  }
  h[0] = (h[0] ?? 0) + a
  h[1] = (h[1] ?? 0) + b
  h[2] = (h[2] ?? 0) + c
  h[3] = (h[3] ?? 0) + d
  h[4] = (h[4] ?? 0) + e
  h[5] = (h[5] ?? 0) + f
  h[6] = (h[6] ?? 0) + g
  h[7] = (h[7] ?? 0) + hh
}

export function sha256Bytes(message: Uint8Array): Uint8Array {
  const bytes = pad(message)
  const h = Uint32Array.from(INITIAL)
  const w = new Uint32Array(64)
  for (let offset = 0; offset < bytes.length; offset += 64) compress(h, w, bytes, offset)
  const out = new Uint8Array(32)
  const view = new DataView(out.buffer)
  h.forEach((word, i) => view.setUint32(i * 4, word))
  return out
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  let hex = ''
  for (const byte of sha256Bytes(utf8Bytes(text))) hex += HEX[byte] ?? ''
  return hex
}
