import PDFDocument from 'pdfkit'
import type { Font } from 'fontkit'
import { drawable } from './report-font'

/** A4 in points, with the margins of an office document. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const
const FOOTER_SIZE = 8.5
/** Room kept free at the bottom of every page for the footer line. */
const FOOTER_SPACE = 24

export const SIZE = { title: 20, heading: 14, subheading: 11.5, body: 11, table: 10, note: 9.5 } as const
export const INK = { text: '#1f1f1f', grey: '#4a4a4a', rule: '#b0b0b0', shade: '#eeeeee' } as const

export interface TableColumn {
  header: string
  /** Share of the text width; the shares of a table add up to 1. */
  share: number
  align?: 'left' | 'right'
}

/**
 * The report document as a cursor running down A4 pages: every text goes through `drawable` (no empty boxes),
 * a block that does not fit starts a new page, and each page is numbered at the end. pdfkit embeds the font,
 * keeping only the glyphs used, with a ToUnicode map so the text can be searched and copied.
 */
export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument
  readonly left = PAGE.margin
  readonly width = PAGE.width - 2 * PAGE.margin
  /** Characters the font lacks, drawn as 〓. */
  missing = 0

  constructor(
    private readonly font: Font,
    info: { title: string; author: string },
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER_SPACE, left: PAGE.margin, right: PAGE.margin },
      bufferPages: true,
      // A fontkit font is accepted where the types say a file name: parsed once per process, not per document.
      font: font as unknown as string,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Producer: 'Jiayuan' },
    })
  }

  get y(): number {
    return this.doc.y
  }

  private get bottom(): number {
    return PAGE.height - PAGE.margin - FOOTER_SPACE
  }

  clean(text: string): string {
    const result = drawable(this.font, text)
    this.missing += result.missing
    return result.text
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage()
  }

  /** Vertical room, never carried over to the top of a new page. */
  gap(points: number): void {
    if (this.doc.y > PAGE.margin) this.doc.y = Math.min(this.doc.y + points, this.bottom)
  }

  heightOf(text: string, size: number, width = this.width): number {
    return this.doc.fontSize(size).heightOfString(this.clean(text), { width, lineGap: size * 0.35 })
  }

  /** Text across the page (or at x with a width), wrapped; Chinese may break between any two characters. */
  text(text: string, size: number, options: { color?: string; x?: number; width?: number } = {}): void {
    const width = options.width ?? this.width
    const clean = this.clean(text)
    this.doc
      .fontSize(size)
      .fillColor(options.color ?? INK.text)
      .text(clean, options.x ?? this.left, this.doc.y, { width, lineGap: size * 0.35 })
  }

  /** One line at a fixed place that never moves the cursor or breaks: cut with … when too long. */
  label(text: string, size: number, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): void {
    const keep = this.doc.y
    this.doc
      .fontSize(size)
      .fillColor(INK.text)
      .text(this.clean(text), x, y, { width, align, lineBreak: false, ellipsis: '…', height: size * 1.4 })
    this.doc.y = keep
  }

  /** Text centred across the page at the cursor, wrapped (a poster's title and steps). */
  centred(text: string, size: number, color: string = INK.text): void {
    this.doc
      .fontSize(size)
      .fillColor(color)
      .text(this.clean(text), this.left, this.doc.y, { width: this.width, align: 'center', lineGap: size * 0.35 })
  }

  heading(text: string): void {
    this.gap(12)
    // A heading is kept with at least three lines of what follows it.
    this.ensure(SIZE.heading * 1.4 + SIZE.body * 4.5)
    this.text(text, SIZE.heading)
    this.gap(4)
  }

  paragraph(text: string, size: number = SIZE.body, color: string = INK.text): void {
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      this.ensure(size * 1.4)
      if (line.trim() === '') this.gap(size * 0.8)
      else this.text(line, size, { color })
    }
    this.gap(4)
  }

  /** A table with a shaded header row that is repeated on every page the table runs onto. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
    const widths = columns.map((c) => c.share * this.width)
    const pad = 4
    const rowHeight = (cells: readonly string[]) =>
      Math.max(...cells.map((cell, i) => this.heightOf(cell, SIZE.table, (widths[i] ?? 0) - 2 * pad))) + 2 * pad
    const draw = (cells: readonly string[], header: boolean) => {
      const height = rowHeight(cells)
      const top = this.doc.y
      if (header) this.doc.rect(this.left, top, this.width, height).fill(INK.shade)
      let x = this.left
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0
        const align = columns[i]?.align ?? 'left'
        this.doc
          .fontSize(SIZE.table)
          .fillColor(INK.text)
          .text(this.clean(cell), x + pad, top + pad, { width: w - 2 * pad, align, lineGap: SIZE.table * 0.35 })
        x += w
      })
      this.doc.y = top + height
      this.doc
        .moveTo(this.left, this.doc.y)
        .lineTo(this.left + this.width, this.doc.y)
        .lineWidth(0.5)
        .strokeColor(INK.rule)
        .stroke()
    }
    const header = columns.map((c) => c.header)
    this.ensure(rowHeight(header) + (rows[0] ? rowHeight(rows[0]) : 0))
    draw(header, true)
    for (const row of rows) {
      if (this.doc.y + rowHeight(row) > this.bottom) {
        this.doc.addPage()
        draw(header, true)
      }
      draw(row, false)
    }
    this.gap(6)
  }

  /** Numbers every page ("… · 第 n 页，共 N 页") and returns the finished file. */
  finish(footer: string): Promise<Uint8Array<ArrayBuffer>> {
    const range = this.doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i)
      // Below the bottom margin pdfkit would open a new page for the footer; it is written inside the page.
      this.doc.page.margins.bottom = 0
      const text = this.clean(`${footer} · 第 ${i + 1} 页，共 ${range.count} 页`)
      this.doc
        .fontSize(FOOTER_SIZE)
        .fillColor(INK.grey)
        .text(text, this.left, PAGE.height - PAGE.margin - FOOTER_SIZE, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        })
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      this.doc.on('error', reject)
      this.doc.on('end', () => {
        const all = Buffer.concat(chunks)
        const bytes = new Uint8Array(new ArrayBuffer(all.byteLength))
        bytes.set(all)
        resolve(bytes)
      })
      this.doc.end()
    })
  }
}
