import { RuleViolation } from '../../errors'
import { DEFAULT_PROXY_CAP, checkProxyCap, proxyCapOf } from './proxy-cap'

describe('proxy cap (V6)', () => {
  it('takes the meeting’s frozen cap, the national default of 3 before notice', () => {
    expect(DEFAULT_PROXY_CAP).toBe(3)
    expect(proxyCapOf(undefined)).toBe(3)
    expect(proxyCapOf({ proxyCap: 5 })).toBe(5)
  })

  it('allows up to the cap and refuses a holder who already has it', () => {
    expect(() => checkProxyCap(2, 3)).not.toThrow()
    expect(() => checkProxyCap(3, 3)).toThrow(RuleViolation)
    expect(() => checkProxyCap(1, 1)).toThrow(expect.objectContaining({ code: 'ProxyCapReached', details: { field: 'body.holderUserId', cap: 1 } }))
  })
})
