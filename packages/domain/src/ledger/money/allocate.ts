import { LedgerError } from '../errors'

/**
 * Splits `totalFen` over parts in proportion to their weights (e.g. area, F11), exactly: each part gets the
 * floor of its share, and the fen left over go one each to the largest remainders (ties to the earlier
 * part). The parts always add up to the total, which rounding each share separately would not promise.
 */
export function allocateByWeight<T extends { weight: number }>(
  totalFen: number,
  parts: readonly T[],
): Array<T & { fen: number }> {
  const weightSum = parts.reduce((s, p) => s + BigInt(p.weight), BigInt(0))
  if (!Number.isSafeInteger(totalFen) || totalFen < 0)
    throw new LedgerError('InvalidAmount', 'totalFen', `金额须为非负整数分，收到 ${totalFen}`)
  if (parts.some((p) => !Number.isSafeInteger(p.weight) || p.weight < 0) || weightSum === BigInt(0)) {
    throw new LedgerError('InvalidAmount', 'weight', '分摊权重须为非负整数且不能全为零')
  }
  const total = BigInt(totalFen)
  const shares = parts.map((p, i) => {
    const exact = total * BigInt(p.weight)
    return { i, floor: exact / weightSum, remainder: exact % weightSum }
  })
  let left = total - shares.reduce((s, x) => s + x.floor, BigInt(0))
  const order = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1,
  )
  const extra = new Set<number>()
  for (const s of order) {
    if (left === BigInt(0)) break
    extra.add(s.i)
    left -= BigInt(1)
  }
  return parts.map((p, i) => ({
    ...p,
    fen: Number((shares[i]?.floor ?? BigInt(0)) + (extra.has(i) ? BigInt(1) : BigInt(0))),
  }))
}
