import { readFileSync } from 'node:fs'
import path from 'node:path'
import { create, type Font } from 'fontkit'

/**
 * The report PDF's font: Noto Sans SC Regular (SIL OFL 1.1) cut to GB 2312 and the signs a report uses by
 * scripts/fonts/subset-report-font.ts, committed under apps/api/assets/fonts. Embedding it (pdfkit keeps only
 * the glyphs a file uses) makes the PDF look the same in every reader, poppler included, instead of leaning on a
 * reader's own substitute for a font the file merely names.
 */
export const REPORT_FONT_NAME = 'noto-sans-sc-report.ttf'

/** Local runs and tests read the font from the repository; on Lambda the configuration names the copy beside the bundle. */
const repositoryCopy = () => path.join(__dirname, '../../../assets/fonts', REPORT_FONT_NAME)

let cached: { file: string; font: Font } | undefined

/** Parsed once per process (a Lambda cold start), then shared by every PDF it writes. */
export function reportFont(file: string | undefined): Font {
  const wanted = file ?? repositoryCopy()
  if (cached?.file !== wanted) {
    const font = create(readFileSync(wanted))
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${wanted} is a font collection, not one font`)
    cached = { file: wanted, font }
  }
  return cached.font
}

/** GB 2312's mark for a character the type does not have (〓, 缺字符号), as Chinese typesetting prints it. */
export const MISSING_MARK = '〓'

/**
 * The text with every character the font cannot draw replaced by 〓, so no reader shows an empty box or
 * nothing at all; `missing` counts them, so the document can say so.
 */
export function drawable(font: Font, text: string): { text: string; missing: number } {
  let missing = 0
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code < 0x20 || font.hasGlyphForCodePoint(code)) out += ch
    else {
      out += MISSING_MARK
      missing += 1
    }
  }
  return { text: out, missing }
}
