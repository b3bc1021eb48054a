/**
 * The file format layer of the report PDF (ISO 32000-1 §7.5): numbered indirect objects, a cross-reference
 * table of their byte offsets, and a trailer. Everything written here is 7-bit ASCII apart from the binary
 * marker comment, so one character is one byte and offsets are string lengths.
 */

export interface PdfPage {
  /** The page's content stream (ASCII operators; text as hex strings). */
  content: string
}

export interface PdfDocument {
  pages: PdfPage[]
  /** Document information (title shown by readers), written as UTF-16BE hex text strings. */
  title: string
  /** Points; A4 by default. */
  width?: number
  height?: number
}

const A4 = { width: 595.28, height: 841.89 }

/**
 * STSong-Light is one of the standard CJK fonts every conforming reader substitutes without the file carrying
 * it (Adobe's Asian font packs, pdf.js, macOS Preview, WeChat's viewer map it to a Song face). Not embedding
 * keeps the Lambda bundle free of a 10 MB font file and the PDF a few kilobytes; the price is that the exact
 * glyph shapes are the reader's.
 */
const FONT_OBJECTS = (descendant: number, descriptor: number) => [
  `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>`,
  `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 939 500] >>`,
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
]

const utf16TextString = (text: string) => {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

/** Lays out the object graph: 1 catalog, 2 page tree, 3 info, 4–6 font, then a page and its content per page. */
function objectBodies(doc: PdfDocument): string[] {
  const { width, height } = { width: doc.width ?? A4.width, height: doc.height ?? A4.height }
  const firstPage = 7
  const kids = doc.pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ')
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${doc.pages.length} >>`,
    `<< /Title ${utf16TextString(doc.title)} /Producer (Jiayuan) >>`,
    ...FONT_OBJECTS(5, 6),
  ]
  doc.pages.forEach((page, i) => {
    const contents = firstPage + i * 2 + 1
    bodies.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 4 0 R >> >> /Contents ${contents} 0 R >>`,
    )
    bodies.push(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`)
  })
  return bodies
}

/** Serialises the document; the result's bytes are the file. */
export function writePdf(doc: PdfDocument): Uint8Array<ArrayBuffer> {
  if (doc.pages.length === 0) throw new Error('a PDF needs at least one page')
  for (const page of doc.pages)
    if (/[^\x00-\x7f]/.test(page.content)) throw new Error('page content must be ASCII; write text with utf16Hex')
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets: number[] = []
  objectBodies(doc).forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, type, space, newline.
  out += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const bytes = new Uint8Array(out.length)
  for (let i = 0; i < out.length; i += 1) bytes[i] = out.charCodeAt(i)
  return bytes
}
