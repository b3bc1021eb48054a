import { utf8Into } from './utf8'

/**
 * SHA-256 (FIPS 180-4) in plain TypeScript. Not `node:crypto`: the same code runs in the mini-app so an owner
 * can check a receipt, the roll hash and the ledger chain on their own phone (DOMAIN V5, V11, F10). Verifying a
 * 100,000-entry chain hashes ~35 MB, so the hot path allocates nothing: the message is encoded and padded in one
 * reused buffer and the state lives in reused typed arrays (issue #7: chain verify ≤ 1 s).
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

const INITIAL = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
])

const H = new Int32Array(8)
const W = new Int32Array(64)
let scratch = new Uint8Array(1024)

/** The reused message buffer, grown to hold `bytes` of message plus its padding. */
function buffer(bytes: number): Uint8Array {
  const need = Math.ceil((bytes + 9) / 64) * 64
  if (scratch.length < need) scratch = new Uint8Array(Math.max(need, scratch.length * 2))
  return scratch
}

/** One 64-byte block folded into H. Int32 arithmetic with `| 0` wraps to 32 bits, which is what SHA-256 needs. */
function compress(bytes: Uint8Array, offset: number): void {
  const w = W
  for (let t = 0, i = offset; t < 16; t++, i += 4) {
    w[t] = ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)
  }
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15] ?? 0
    const w2 = w[t - 2] ?? 0
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
    w[t] = ((w[t - 16] ?? 0) + s0 + (w[t - 7] ?? 0) + s1) | 0
  }
  let a = H[0] ?? 0
  let b = H[1] ?? 0
  let c = H[2] ?? 0
  let d = H[3] ?? 0
  let e = H[4] ?? 0
  let f = H[5] ?? 0
  let g = H[6] ?? 0
  let h = H[7] ?? 0
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const ch = (e & f) ^ (~e & g)
    const t1 = (h + s1 + ch + (K[t] ?? 0) + (w[t] ?? 0)) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const maj = (a & b) ^ (a & c) ^ (b & c)
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + s0 + maj) | 0
  }
  H[0] = (H[0] ?? 0) + a
  H[1] = (H[1] ?? 0) + b
  H[2] = (H[2] ?? 0) + c
  H[3] = (H[3] ?? 0) + d
  H[4] = (H[4] ?? 0) + e
  H[5] = (H[5] ?? 0) + f
  H[6] = (H[6] ?? 0) + g
  H[7] = (H[7] ?? 0) + h
}

/** Digests the first `length` bytes of `bytes` into H; pads in place, so `bytes` must come from buffer(). */
function digest(bytes: Uint8Array, length: number): void {
  const end = Math.ceil((length + 9) / 64) * 64
  bytes[length] = 0x80
  bytes.fill(0, length + 1, end - 8)
  // The bit length as a 64-bit big-endian integer; messages here stay far below 2^53 bits.
  const high = Math.floor(length / 0x20000000)
  const low = (length * 8) >>> 0
  bytes[end - 8] = high >>> 24
  bytes[end - 7] = high >>> 16
  bytes[end - 6] = high >>> 8
  bytes[end - 5] = high
  bytes[end - 4] = low >>> 24
  bytes[end - 3] = low >>> 16
  bytes[end - 2] = low >>> 8
  bytes[end - 1] = low
  H.set(INITIAL)
  for (let offset = 0; offset < end; offset += 64) compress(bytes, offset)
}

export function sha256Bytes(message: Uint8Array): Uint8Array {
  const bytes = buffer(message.length)
  bytes.set(message)
  digest(bytes, message.length)
  const out = new Uint8Array(32)
  for (let i = 0; i < 8; i++) {
    const word = H[i] ?? 0
    out[i * 4] = word >>> 24
    out[i * 4 + 1] = word >>> 16
    out[i * 4 + 2] = word >>> 8
    out[i * 4 + 3] = word
  }
  return out
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const bytes = buffer(text.length * 3)
  digest(bytes, utf8Into(text, bytes))
  let hex = ''
  for (let i = 0; i < 8; i++) {
    const word = H[i] ?? 0
    hex +=
      (HEX[word >>> 24] ?? '') +
      (HEX[(word >>> 16) & 0xff] ?? '') +
      (HEX[(word >>> 8) & 0xff] ?? '') +
      (HEX[word & 0xff] ?? '')
  }
  return hex
}
