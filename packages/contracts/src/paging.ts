import { z } from 'zod'

/**
 * Lists that grow with the compound (the roll, a ledger month's lines) are answered a page at a time, sized for a
 * phone screen; the page's `nextCursor` is handed back as `cursor` for the next one, null on the last. A cursor
 * is opaque to the caller: base64url of `v1|<position>`, where the position is the sort key of the last item
 * returned, so the next page is one DynamoDB Query starting after it. Exports and other whole-list readers read
 * the store directly and never go through these pages.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VERSION = 'v1|'

/** ASCII text to base64url without padding (no Buffer or btoa: the mini-app runs this too). */
function toBase64Url(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i)
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN
    out += ALPHABET[a >> 2]
    out += ALPHABET[((a & 3) << 4) | (Number.isNaN(b) ? 0 : b >> 4)]
    if (!Number.isNaN(b)) out += ALPHABET[((b & 15) << 2) | (Number.isNaN(c) ? 0 : c >> 6)]
    if (!Number.isNaN(c)) out += ALPHABET[c & 63]
  }
  return out
}

function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return undefined
  let bits = 0
  let value = 0
  let out = ''
  for (const ch of code) {
    value = (value << 6) | ALPHABET.indexOf(ch)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out += String.fromCharCode((value >> bits) & 255)
    }
  }
  return out
}

/** The cursor of a page whose last item sorts at `position` (printable ASCII). */
export function encodeCursor(position: string): string {
  return toBase64Url(VERSION + position)
}

/** The position a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  const text = fromBase64Url(cursor)
  if (text === undefined || !text.startsWith(VERSION) || !/^[\x20-\x7e]+$/.test(text)) return undefined
  return text.slice(VERSION.length)
}

/** A `cursor` query value whose position must match `shape`; anything else is a 400 naming `query.cursor`. */
export function cursorOf(shape: RegExp) {
  return z
    .string()
    .max(400, '翻页标记无效，请从第一页重新加载')
    .refine((c) => shape.test(decodeCursor(c) ?? ''), '翻页标记无效，请从第一页重新加载')
}

/** A `limit` query value: 1–`most` items a page, `phone` when not given. */
export function pageLimit(phone: number, most: number) {
  return z.coerce
    .number({ invalid_type_error: `每页条数须为 1–${most} 的整数` })
    .int(`每页条数须为 1–${most} 的整数`)
    .min(1, `每页条数须为 1–${most} 的整数`)
    .max(most, `每页最多 ${most} 条`)
    .default(phone)
}

/** The cursor of the next page, null on the last. */
export const NextCursor = z.string().nullable()
