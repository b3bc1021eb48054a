export function heads(n: number): string {
  return `${n} 人`
}

/** A share for display, one decimal, rounded down so 66.6…% never shows as the 66.7% it has not reached. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%'
  const tenths = Math.floor((part * 1000) / whole)
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`
}

/** Bar width in whole percent, at least 1 when anything is there so a small share stays visible. */
export function barWidth(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0
  return Math.max(1, Math.min(100, Math.floor((part * 100) / whole)))
}
