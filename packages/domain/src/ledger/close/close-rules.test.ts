import { assertMonthOver, fundHolding } from './close-rules'

describe('month close rules', () => {
  it('closes only a month that is over in Beijing time', () => {
    expect(() => assertMonthOver('2026-04', '2026-04-30T16:00:00Z')).not.toThrow()
    expect(() => assertMonthOver('2026-05', '2026-05-31T15:59:59Z')).toThrow(
      expect.objectContaining({ code: 'MonthNotOver' }),
    )
  })

  it('reads what the maintenance fund holds from its credit balances', () => {
    expect(fundHolding({ 'fund:b1': -300, 'fund:b2': -200, 'asset:bank': 900, 'ledger:public_income': -400 })).toBe(500)
  })
})
