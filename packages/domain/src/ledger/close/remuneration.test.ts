import type { FeeModel } from '@jiayuan/contracts'
import { validateEntry } from '../chain/entry'
import { remunerationEntryDraft, remunerationFor } from './remuneration'
import { chart } from '../test-fixtures'

const trust = (basisPoints: number): FeeModel => ({
  kind: 'trust',
  ratePerSqmFen: 250,
  remuneration: { basis: 'percent_of_income', basisPoints },
})

describe('remunerationFor', () => {
  it('is a share of income under trust and commission, rounded half-up to the fen', () => {
    expect(remunerationFor(trust(1000), 1_234_567)).toBe(123_457) // 123 456.7
    expect(remunerationFor(trust(1000), 1_234_565)).toBe(123_457) // 123 456.5, half rounds up
    expect(remunerationFor(trust(1000), 1_234_564)).toBe(123_456) // 123 456.4
    const commission: FeeModel = {
      kind: 'commission',
      ratePerSqmFen: 250,
      remuneration: { basis: 'percent_of_income', basisPoints: 800 },
    }
    expect(remunerationFor(commission, 100_000)).toBe(8_000)
  })

  it('is the fixed sum times the months when so agreed', () => {
    const fixed: FeeModel = {
      kind: 'commission',
      ratePerSqmFen: 250,
      remuneration: { basis: 'fixed_per_month', fen: 500_000 },
    }
    expect(remunerationFor(fixed, 9_999_999)).toBe(500_000)
    expect(remunerationFor(fixed, 0, 3)).toBe(1_500_000)
  })

  it('is nothing under lump-sum', () => {
    expect(remunerationFor({ kind: 'lump_sum', ratePerSqmFen: 250 }, 1_000_000)).toBe(0)
  })

  it('refuses negative income', () => {
    expect(() => remunerationFor(trust(1000), -1)).toThrow(
      expect.objectContaining({ code: 'InvalidAmount', field: 'incomeFen' }),
    )
  })

  it('is posted as its own E11 line, or not at all when zero', () => {
    const input = {
      entryId: 'r1',
      compoundId: 'c1',
      postedAt: '2024-03-31T18:00:00+08:00',
      counterparty: '某物业公司',
      period: '2024-03',
    }
    const entry = remunerationEntryDraft({ ...input, amountFen: 123_457 })
    expect(entry?.legs).toEqual([
      { account: 'expense:E11', amountFen: 123_457 },
      { account: 'asset:bank', amountFen: -123_457 },
    ])
    if (!entry) throw new Error('remuneration entry')
    expect(validateEntry(entry, chart)).toEqual([])
    expect(remunerationEntryDraft({ ...input, amountFen: 0 })).toBeNull()
  })
})
