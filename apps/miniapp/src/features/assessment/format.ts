import type { FigureBand } from '@jiayuan/contracts'
import type { Tone } from '../../components/status-tag'

export const BAND_TEXT: Record<FigureBand, { label: string; tone: Tone }> = {
  red: { label: '红榜', tone: 'ok' },
  grey: { label: '灰榜', tone: 'plain' },
  black: { label: '黑榜', tone: 'bad' },
}

/** Hundredths of a point as the page shows them: `92.5`, `90`. */
export function pointsOf(x100: number): string {
  const s = (x100 / 100).toFixed(2)
  return s.replace(/\.?0+$/, '')
}

/** Points typed as `1.5` → 150 hundredths; undefined unless a positive number with at most two decimals. */
export function pointsX100Of(text: string): number | undefined {
  if (!/^\d+(\.\d{1,2})?$/.test(text.trim())) return undefined
  const x100 = Math.round(Number(text.trim()) * 100)
  return x100 > 0 ? x100 : undefined
}
