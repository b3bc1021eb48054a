/**
 * Median of whole numbers, as a whole number. For an even count it is the mean of the two middle values
 * rounded down (so 10 and 13 give 11): it stays an integer minute and never reports a time nobody waited
 * less than. Null for no values.
 */
export function medianInteger(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0
  if (sorted.length % 2 === 1) return upper
  const lower = sorted[sorted.length / 2 - 1] ?? 0
  return Math.floor((lower + upper) / 2)
}
