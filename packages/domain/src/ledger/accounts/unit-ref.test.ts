import { createHmac } from 'node:crypto'
import { hmacSha256Hex, unitLedgerRef } from './unit-ref'

describe('hmacSha256Hex', () => {
  it.each([
    ['key', 'The quick brown fox jumps over the lazy dog'],
    ['', ''],
    ['k'.repeat(100), '账本·应收'],
    ['密钥', 'unit|c1|b1-1-101'],
  ])('agrees with node:crypto for key %p', (key, message) => {
    expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'))
  })
})

describe('unitLedgerRef', () => {
  it('is stable, differs per unit, compound and key, and gives the unit id away nowhere', () => {
    const ref = unitLedgerRef('secret', 'c1', 'b1-1-101')
    expect(ref).toMatch(/^r[0-9a-f]{20}$/)
    expect(unitLedgerRef('secret', 'c1', 'b1-1-101')).toBe(ref)
    expect(unitLedgerRef('secret', 'c1', 'b1-1-102')).not.toBe(ref)
    expect(unitLedgerRef('secret', 'c2', 'b1-1-101')).not.toBe(ref)
    expect(unitLedgerRef('other', 'c1', 'b1-1-101')).not.toBe(ref)
    expect(ref).not.toContain('101')
  })
})
