/** Hundredths as text with two decimals, by integer arithmetic: 9876 → "98.76". */
function hundredths(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Basis points → "87.50%"; `none` (nothing to rate yet) when null. */
export function percentText(basisPoints: number | null | undefined, none = '—'): string {
  return basisPoints === null || basisPoints === undefined ? none : `${hundredths(basisPoints)}%`
}

/** A score kept ×100 → "3.63"; `none` when null. */
export function hundredthsText(x100: number | null | undefined, none = '—'): string {
  return x100 === null || x100 === undefined ? none : hundredths(x100)
}
