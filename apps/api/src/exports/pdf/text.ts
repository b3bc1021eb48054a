/**
 * Text for the CJK font: UTF-16BE hex strings (`<4E0A6D77>`) as the UniGB-UCS2-H CMap reads them, and widths
 * in thousandths of an em as STSong-Light draws them (full-width CJK, half-width ASCII by the font's /W array).
 */

/** UCS-2 has no surrogate pairs: a character outside the BMP is shown as 〓 (U+3013, the GB "geta" mark). */
const GETA = 0x3013

export function utf16Hex(text: string): string {
  let hex = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? GETA
    hex += (code > 0xffff ? GETA : code).toString(16).toUpperCase().padStart(4, '0')
  }
  return `<${hex}>`
}

/** The reverse of utf16Hex, for readers and tests: `<4E0A6D77>` or `4E0A6D77` → 上海. */
export function fromUtf16Hex(hex: string): string {
  const digits = hex.replace(/^<|>$/g, '').replace(/\s+/g, '')
  if (digits.length % 4 !== 0 || /[^0-9a-f]/i.test(digits))
    throw new Error(`not a UTF-16BE hex string: ${hex.slice(0, 20)}`)
  let text = ''
  for (let i = 0; i < digits.length; i += 4) text += String.fromCharCode(parseInt(digits.slice(i, i + 4), 16))
  return text
}

/** Width of one character in thousandths of an em: printable ASCII is half width (CIDs 1–95 in /W), the rest full. */
export const charWidth = (ch: string): number => (/^[\x20-\x7e]$/.test(ch) ? 500 : 1000)

export function textWidth(text: string, size: number): number {
  let units = 0
  for (const ch of text) units += charWidth(ch)
  return (units * size) / 1000
}

/**
 * Breaks text into lines no wider than maxWidth points. Chinese may break between any two characters; a run of
 * ASCII letters and digits is kept whole where it fits on a line. Newlines in the text start new lines.
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = ''
    for (const token of paragraph.match(/[A-Za-z0-9.,%/:@_-]+|[\s\S]/gu) ?? []) {
      if (textWidth(line + token, size) <= maxWidth) {
        line += token
        continue
      }
      if (line !== '') lines.push(line.trimEnd())
      line = ''
      // A token wider than a whole line (a long number or URL) is cut by character.
      for (const ch of token.trimStart()) {
        if (textWidth(line + ch, size) > maxWidth && line !== '') {
          lines.push(line)
          line = ''
        }
        line += ch
      }
    }
    lines.push(line.trimEnd())
  }
  return lines
}
