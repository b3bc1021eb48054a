import { RuleViolation } from '../../errors'
import { DEFAULT_PROXY_CAP, proxyCapOf, proxyCapReached } from './proxy-cap'

describe('proxy cap (V6)', () => {
  it('takes the meeting’s frozen cap, the national default of 3 before notice', () => {
    expect(DEFAULT_PROXY_CAP).toBe(3)
    expect(proxyCapOf(undefined)).toBe(3)
    expect(proxyCapOf({ proxyCap: 5 })).toBe(5)
  })

  it('refuses a holder at the cap with the cap named on the field', () => {
    expect(proxyCapReached(3)).toBeInstanceOf(RuleViolation)
    expect(proxyCapReached(1)).toEqual(
      expect.objectContaining({ code: 'ProxyCapReached', details: { field: 'body.holderUserId', cap: 1 } }),
    )
  })
})
