import { collectionRateOfPaid } from '../collection-rate'
import { maskCounterparty } from './counterparty'

describe('maskCounterparty', () => {
  it.each([
    ['李建国', '李**'],
    ['杭州安达电梯有限公司', '杭州安达电梯有限公司'],
    ['中国银行杭州分行', '中国银行杭州分行'],
    ['ACME Ltd', 'ACME Ltd'],
  ])('%p → %p', (name, shown) => expect(maskCounterparty(name)).toBe(shown))
})

describe('collectionRateOfPaid', () => {
  it('caps each bill at its amount and floors the rate', () => {
    expect(
      collectionRateOfPaid([
        { amountFen: 30000, paidFen: 30000 },
        { amountFen: 30000, paidFen: 40000 },
        { amountFen: 1, paidFen: 0 },
      ]),
    ).toEqual({
      billedFen: 60001,
      paidFen: 60000,
      rateBasisPoints: 9999,
    })
    expect(collectionRateOfPaid([]).rateBasisPoints).toBeNull()
  })
})
