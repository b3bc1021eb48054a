import { chartValueText, type ChartSpec } from '@jiayuan/domain'
import { INK, SIZE, type PdfCanvas } from './pdf-canvas'

/** The mini-app's colours: brand red, then blue for a second series. */
const PALETTE = ['#b71c1c', '#2f6fb5'] as const
const BAR = 9
const ROW_GAP = 5
const LABEL_SHARE = 0.34
const VALUE_WIDTH = 92

/**
 * One chart of the report as vector bars, the same series the mini-app draws (domain `reports/charts.ts`):
 * category name, bar, and the value written beside it, so the page reads in black and white too (A3).
 */
export function drawBarChart(canvas: PdfCanvas, spec: ChartSpec): void {
  const multi = spec.series.length > 1
  const rowHeight = spec.series.length * BAR + (spec.series.length - 1) * 2 + ROW_GAP * 2
  const legend = multi ? SIZE.note * 2 : 0
  canvas.ensure(SIZE.subheading * 2 + legend + Math.max(1, spec.categories.length) * rowHeight)
  canvas.text(spec.title, SIZE.subheading)
  canvas.gap(2)
  if (spec.categories.length === 0) {
    canvas.text('本月没有数据。', SIZE.note, { color: INK.grey })
    canvas.gap(8)
    return
  }
  const { doc } = canvas
  if (multi) {
    let x = canvas.left
    spec.series.forEach((s, i) => {
      doc.rect(x, doc.y + 2, SIZE.note, SIZE.note).fill(PALETTE[i] ?? INK.grey)
      canvas.label(s.name, SIZE.note, x + SIZE.note + 4, doc.y, 120)
      x += SIZE.note + 4 + doc.fontSize(SIZE.note).widthOfString(s.name) + 16
    })
    doc.y += legend
  }
  const labelWidth = canvas.width * LABEL_SHARE
  const barLeft = canvas.left + labelWidth + 6
  const barSpace = canvas.width - labelWidth - 6 - VALUE_WIDTH
  const max = Math.max(1, ...spec.series.flatMap((s) => s.values.map((v) => Math.abs(v))))
  spec.categories.forEach((category, i) => {
    const top = doc.y
    canvas.label(category, SIZE.table, canvas.left, top + rowHeight / 2 - SIZE.table * 0.6, labelWidth)
    spec.series.forEach((s, k) => {
      const value = s.values[i] ?? 0
      const y = top + ROW_GAP + k * (BAR + 2)
      const length = Math.max(value === 0 ? 0 : 1, (Math.abs(value) / max) * barSpace)
      if (length > 0) doc.rect(barLeft, y, length, BAR).fill(PALETTE[k] ?? INK.grey)
      canvas.label(chartValueText(spec, value), SIZE.note, barLeft + length + 4, y - 1, VALUE_WIDTH)
    })
    doc
      .moveTo(barLeft, top)
      .lineTo(barLeft, top + rowHeight)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke()
    doc.y = top + rowHeight
  })
  canvas.gap(10)
}
