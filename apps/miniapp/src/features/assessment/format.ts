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
