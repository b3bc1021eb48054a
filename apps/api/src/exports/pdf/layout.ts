import type { PdfPage } from './pdf-file'
import { textWidth, utf16Hex, wrapText } from './text'

/** What a document is made of, top to bottom; the layout paginates it. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }

export interface TableColumn {
  header: string
  /** Share of the text width; the shares of a table add up to 1. */
  share: number
  align?: 'left' | 'right'
}

export interface PageGeometry {
  width: number
  height: number
  margin: number
}

const STYLE = {
  title: { size: 20, before: 0, after: 10 },
  note: { size: 9.5, before: 0, after: 4 },
  heading: { size: 14, before: 14, after: 6 },
  paragraph: { size: 11, before: 0, after: 6 },
} as const
const TABLE_SIZE = 10
const CELL_PAD = 4
const LEADING = 1.45
const FOOTER_SIZE = 9

const n = (v: number) => (Math.round(v * 100) / 100).toString()

/** Accumulates one page's operators and tracks the cursor from the top margin down. */
class PageWriter {
  ops: string[] = []
  y: number
  constructor(readonly g: PageGeometry) {
    this.y = g.height - g.margin
  }
  get bottom(): number {
    return this.g.margin + FOOTER_SIZE * 2
  }
  text(x: number, baseline: number, size: number, text: string, grey = false): void {
    if (text === '') return
    this.ops.push(`BT ${grey ? '0.35 g ' : ''}/F1 ${n(size)} Tf ${n(x)} ${n(baseline)} Td ${utf16Hex(text)} Tj ET`)
  }
  rule(x1: number, y: number, x2: number): void {
    this.ops.push(`0.6 G 0.5 w ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S`)
  }
  shade(x: number, y: number, w: number, h: number): void {
    this.ops.push(`0.93 g ${n(x)} ${n(y)} ${n(w)} ${n(h)} re f 0 g`)
  }
}

/** Paginates blocks onto pages; each page gets a footer "标题 · 第 n 页，共 N 页". */
export function layoutBlocks(blocks: Block[], g: PageGeometry, footer: string): PdfPage[] {
  const pages: PageWriter[] = [new PageWriter(g)]
  const current = () => pages[pages.length - 1] as PageWriter
  const next = () => {
    pages.push(new PageWriter(g))
    return current()
  }
  const ensure = (height: number) => (current().y - height < current().bottom ? next() : current())
  const textWidthAvail = g.width - 2 * g.margin

  for (const block of blocks) {
    if (block.kind === 'table') {
      layoutTable(block.columns, block.rows, g, { current, next })
      continue
    }
    const style = STYLE[block.kind]
    const lineHeight = style.size * LEADING
    const lines = wrapText(block.text, style.size, textWidthAvail)
    if (current().y < g.height - g.margin) current().y -= style.before
    // A heading is kept with at least two lines of what follows it.
    ensure(lineHeight * (block.kind === 'heading' ? 3 : 1))
    for (const line of lines) {
      const page = ensure(lineHeight)
      page.y -= lineHeight
      page.text(g.margin, page.y + (lineHeight - style.size) / 2, style.size, line, block.kind === 'note')
    }
    current().y -= style.after
  }

  return pages.map((page, i) => {
    const label = `${footer} · 第 ${i + 1} 页，共 ${pages.length} 页`
    page.text((g.width - textWidth(label, FOOTER_SIZE)) / 2, g.margin - FOOTER_SIZE, FOOTER_SIZE, label, true)
    return { content: page.ops.join('\n') }
  })
}

function layoutTable(
  columns: TableColumn[],
  rows: string[][],
  g: PageGeometry,
  pages: { current(): PageWriter; next(): PageWriter },
): void {
  const total = g.width - 2 * g.margin
  const widths = columns.map((c) => c.share * total)
  const lineHeight = TABLE_SIZE * LEADING
  const measure = (cells: string[]) => {
    const lines = cells.map((cell, i) => wrapText(cell, TABLE_SIZE, (widths[i] ?? total) - 2 * CELL_PAD))
    return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * CELL_PAD }
  }
  const draw = (page: PageWriter, row: ReturnType<typeof measure>, header: boolean) => {
    const top = page.y
    if (header) page.shade(g.margin, top - row.height, total, row.height)
    let x = g.margin
    row.lines.forEach((lines, i) => {
      const w = widths[i] ?? 0
      lines.forEach((line, j) => {
        const baseline = top - CELL_PAD - (j + 1) * lineHeight + (lineHeight - TABLE_SIZE) / 2 + 1
        const right = columns[i]?.align === 'right'
        page.text(right ? x + w - CELL_PAD - textWidth(line, TABLE_SIZE) : x + CELL_PAD, baseline, TABLE_SIZE, line)
      })
      x += w
    })
    page.y = top - row.height
    page.rule(g.margin, page.y, g.margin + total)
  }
  const header = measure(columns.map((c) => c.header))
  const measured = rows.map(measure)
  let page = pages.current()
  // The header is kept with the first row.
  if (page.y - header.height - (measured[0]?.height ?? 0) < page.bottom) page = pages.next()
  draw(page, header, true)
  for (const row of measured) {
    if (page.y - row.height < page.bottom) {
      // A new page repeats the header so the columns stay readable.
      page = pages.next()
      draw(page, header, true)
    }
    draw(page, row, false)
  }
  page.y -= 8
}
