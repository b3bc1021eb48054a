import type { ChartSpec } from '@jiayuan/domain'

const PALETTE = ['#b71c1c', '#2f6fb5']

/** How a chart is drawn on this screen: elder mode (DOMAIN A1: text ≥ 18 px) and the width it has. */
export interface ChartLook {
  elder: boolean
  /** Width of the chart in px: the screen less the page's and the card's padding. */
  width: number
}

const FONT = { normal: 13, elder: 18 }
/** One bar and the gap to the next; an elder row fits 18 px labels with room to spare. */
const ROW = { normal: 34, elder: 48 }
const AXIS_LABELS = { normal: 28, elder: 36 }
const LEGEND = { normal: 32, elder: 44 }

const fontOf = (look: ChartLook) => (look.elder ? FONT.elder : FONT.normal)

/** Value-axis numbers short enough not to run into each other: 120000 → 12万. */
export function axisNumber(value: number): string {
  if (Math.abs(value) >= 10_000) return `${Number((value / 10_000).toFixed(1))}万`
  return String(Number(value.toFixed(2)))
}

/** The chart's height in px: a row per bar, the legend of a two-series chart, the axis numbers. */
export function chartHeight(spec: ChartSpec, look: ChartLook): number {
  const row = look.elder ? ROW.elder : ROW.normal
  const legend = spec.series.length > 1 ? (look.elder ? LEGEND.elder : LEGEND.normal) : 8
  return (
    spec.categories.length * spec.series.length * row + legend + (look.elder ? AXIS_LABELS.elder : AXIS_LABELS.normal)
  )
}

/**
 * Horizontal bars, so long Chinese category names stay readable on a phone; money is drawn in yuan. Category
 * names get 40% of the width and are cut with … beyond it (the table under the chart gives every name whole);
 * the value axis has few, short numbers that hide rather than overlap.
 */
export function barOption(spec: ChartSpec, look: ChartLook): Record<string, unknown> {
  const scale = spec.unit === 'fen' ? 100 : 1
  const fontSize = fontOf(look)
  const text = { fontSize, color: '#1f1f1f' }
  const multi = spec.series.length > 1
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontSize },
    grid: {
      left: 4,
      right: Math.round(fontSize * 1.5),
      top: multi ? (look.elder ? LEGEND.elder : LEGEND.normal) : 8,
      bottom: 4,
      containLabel: true,
    },
    legend: multi
      ? {
          top: 0,
          left: 0,
          itemWidth: fontSize,
          itemHeight: fontSize,
          textStyle: text,
          data: spec.series.map((s) => s.name),
        }
      : { show: false },
    xAxis: {
      type: 'value',
      minInterval: spec.unit === 'count' ? 1 : 0,
      splitNumber: look.elder ? 2 : 3,
      axisLabel: { ...text, hideOverlap: true, formatter: axisNumber },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.categories,
      axisLabel: { ...text, width: Math.round(look.width * 0.4), overflow: 'truncate', ellipsis: '…' },
    },
    tooltip: { show: false },
    series: spec.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values.map((v) => v / scale),
      barMaxWidth: look.elder ? 24 : 18,
    })),
  }
}
