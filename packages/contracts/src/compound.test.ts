import { FeeModel } from './compound'

describe('fee model (DOMAIN F1, F9)', () => {
  const lumpSum = (ratePerSqmFen: number) => FeeModel.safeParse({ kind: 'lump_sum', ratePerSqmFen })
  const message = (r: ReturnType<typeof lumpSum>) => (r.success ? 'ok' : r.error.issues[0]?.message)

  it('takes a rate from 0 to ¥1,000 per m² a month, in whole fen', () => {
    expect(message(lumpSum(180))).toBe('ok')
    expect(message(lumpSum(0))).toBe('ok')
    expect(message(lumpSum(-1))).toBe('费率不能为负数')
    expect(message(lumpSum(100_001))).toBe('费率过高：每平方米每月不超过 1000 元')
    expect(lumpSum(1.5).success).toBe(false)
  })

  it('refuses a negative fixed remuneration', () => {
    const r = FeeModel.safeParse({
      kind: 'trust',
      ratePerSqmFen: 250,
      remuneration: { basis: 'fixed_per_month', fen: -100 },
    })
    expect(r.success ? 'ok' : r.error.issues[0]?.message).toBe('酬金不能为负数')
  })
})
