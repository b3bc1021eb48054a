import { planOpeningLegs } from './opening-legs'

describe('planOpeningLegs', () => {
  it('balances the bank against funds, public income and the surplus', () => {
    const plan = planOpeningLegs({ 'asset:bank': '600000', 'fund:b1': '150000', 'ledger:public_income': '50000' })
    expect(plan.legs).toEqual([
      { account: 'asset:bank', amountFen: 60_000_000 },
      { account: 'fund:b1', amountFen: -15_000_000 },
      { account: 'ledger:public_income', amountFen: -5_000_000 },
      { account: 'ledger:retained', amountFen: -40_000_000 },
    ])
    expect(plan.legs.reduce((s, l) => s + l.amountFen, 0)).toBe(0)
  })

  it('skips blanks and zeros, reports what is not an amount, and lets the surplus go negative', () => {
    const plan = planOpeningLegs({ 'asset:bank': '100', 'fund:b1': '300', 'fund:b2': '', 'fund:b3': '0', x: 'abc' })
    expect(plan.invalid).toEqual(['x'])
    expect(plan.retainedFen).toBe(-20_000)
    expect(plan.legs.map((l) => l.account)).toEqual(['asset:bank', 'fund:b1', 'ledger:retained'])
  })
})
