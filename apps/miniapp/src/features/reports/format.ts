/** Integer fen → "1,234.50 元", without a float (DESIGN: money is integer fen). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} 元`
}

/** Basis points → "87.50%"; null (nothing to rate) → "—". */
export function percentText(basisPoints: number | null): string {
  if (basisPoints === null) return '—'
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}%`
}

/** A score ×100 → "3.63"; null → "—". */
export function scoreText(x100: number | null | undefined): string {
  if (x100 === null || x100 === undefined) return '—'
  return `${Math.floor(x100 / 100)}.${String(x100 % 100).padStart(2, '0')}`
}

/** Minutes → "2小时30分" / "45分"; null → "—". */
export function minutesText(minutes: number | null): string {
  if (minutes === null) return '—'
  const h = Math.floor(minutes / 60)
  return h > 0 ? `${h}小时${minutes % 60}分` : `${minutes}分`
}

export const BOARD_LABEL = { red: '红榜', grey: '灰榜', black: '黑榜' } as const
