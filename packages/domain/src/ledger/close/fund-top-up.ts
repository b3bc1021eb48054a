import { LedgerError } from '../errors'
import { assertNonNegativeFen, divCeil } from '../money/money'

/**
 * The share of public income moved to the maintenance fund (DOMAIN F6). The Beijing and Shanghai presets say
 * "at least" 50%, so the product is rounded UP to the fen: rounding down could leave the fund a fen short
 * of the legal minimum. Whether the fund is "low" enough to trigger this is decided by the caller.
 */
export const FUND_TOP_UP_ROUNDING = 'ceil_to_fen' as const

export function fundTopUp(publicIncomeFen: number, basisPoints: number): number {
  assertNonNegativeFen(publicIncomeFen, 'publicIncomeFen')
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
    throw new LedgerError('InvalidAmount', 'basisPoints', `比例须为 0–10000 的整数（万分之一），收到 ${basisPoints}`)
  }
  return divCeil(BigInt(publicIncomeFen) * BigInt(basisPoints), BigInt(10_000))
}
