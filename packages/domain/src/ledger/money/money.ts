import { LedgerError } from '../errors'

/**
 * Integer rounding for money. Each works on exact integers (BigInt in the middle) so that no product ever
 * passes through a float, and refuses a result outside the safe-integer range rather than lose a fen.
 */

function toSafeNumber(value: bigint, field: string): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new LedgerError('InvalidAmount', field, `${value} 超出可精确表示的范围`)
  return n
}

export function assertNonNegativeFen(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new LedgerError('InvalidAmount', field, `${field} 须为非负整数（分），收到 ${value}`)
  }
}

/** round(numerator / denominator), halves away from zero; for non-negative inputs that is 四舍五入. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint, field = 'amountFen'): number {
  const q = (BigInt(2) * numerator + denominator) / (BigInt(2) * denominator)
  return toSafeNumber(q, field)
}

/** ceil(numerator / denominator) for non-negative inputs: used where a rule says "at least". */
export function divCeil(numerator: bigint, denominator: bigint, field = 'amountFen'): number {
  return toSafeNumber((numerator + denominator - BigInt(1)) / denominator, field)
}

/** floor(numerator / denominator) for non-negative inputs: used where a rate must not be overstated. */
export function divFloor(numerator: bigint, denominator: bigint, field = 'amountFen'): number {
  return toSafeNumber(numerator / denominator, field)
}
