import { evidenceRef, parseEvidenceRef } from './evidence'
import { assertNoPhoneNumber } from './personal-text'

describe('evidence refs', () => {
  it('round-trips kind and key', () => {
    const e = { kind: 'invoice' as const, key: 'c1/receipt/u1/abc.pdf' }
    expect(evidenceRef(e)).toBe('invoice:c1/receipt/u1/abc.pdf')
    expect(parseEvidenceRef(evidenceRef(e))).toEqual(e)
  })
  it('reads a bare key as other evidence', () => {
    expect(parseEvidenceRef('c1/receipt/u1/x.png')).toEqual({ kind: 'other', key: 'c1/receipt/u1/x.png' })
  })
})

describe('assertNoPhoneNumber', () => {
  it('refuses a mobile number in text every owner reads, naming the field', () => {
    expect(() => assertNoPhoneNumber('联系人 13812348888', 'body.memo')).toThrow(
      expect.objectContaining({ code: 'PersonalDataInText', kind: 'rule', field: 'body.memo' }),
    )
    expect(() => assertNoPhoneNumber('杭州安达电梯有限公司', 'body.counterparty')).not.toThrow()
    expect(() => assertNoPhoneNumber(undefined, 'body.memo')).not.toThrow()
  })
})
