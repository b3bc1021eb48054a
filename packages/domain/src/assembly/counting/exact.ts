import { RuleViolation } from '../../errors'

/**
 * Every comparison is by cross-multiplication with factors of at most 4 (DOMAIN V2), so an operand below
 * 2^53 / 4 keeps the product exact in a `number`. A real compound is nowhere near this (10,000 units of 200 m²
 * is 2·10^8 hundredths of m²), so the check only guards against corrupt input.
 */
export const MAX_EXACT = Math.floor(Number.MAX_SAFE_INTEGER / 4)

export function assertExact(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_EXACT) {
    throw new RuleViolation('InexactCount', `${what} 超出可精确计算的范围`, { what, value })
  }
  return value
}

/** part / whole ≥ num / den, without dividing. */
export function atLeast(part: number, whole: number, num: number, den: number): boolean {
  return assertExact(part, 'part') * den >= assertExact(whole, 'whole') * num
}

/** part / whole > num / den, without dividing. */
export function moreThan(part: number, whole: number, num: number, den: number): boolean {
  return assertExact(part, 'part') * den > assertExact(whole, 'whole') * num
}
