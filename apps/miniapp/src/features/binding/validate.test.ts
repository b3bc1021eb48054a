import { fieldErrorsFromApi, validateBinding } from './validate'

const valid = { unitId: 'b2-2-602', claimedName: '林晓', relation: 'owner', evidenceKey: 'c/binding_evidence/u/x.png', idempotencyKey: 'mp-abc-123456' }

describe('validateBinding', () => {
  it('accepts a complete request', () => {
    expect(validateBinding(valid)).toEqual({})
  })

  it('names every missing field in Chinese', () => {
    const errors = validateBinding({ ...valid, unitId: '', claimedName: '  ', evidenceKey: '' })
    expect(Object.keys(errors).sort()).toEqual(['claimedName', 'evidenceKey', 'unitId'])
    expect(errors.claimedName).toMatch(/姓名/)
  })
})

describe('fieldErrorsFromApi', () => {
  it('keeps a Chinese message from the API on its field', () => {
    expect(fieldErrorsFromApi([{ field: 'body.unitId', message: '小区里没有这套房屋' }])).toEqual({ unitId: '小区里没有这套房屋' })
  })

  it('replaces an English schema message with the form’s own words', () => {
    expect(fieldErrorsFromApi([{ field: 'body.claimedName', message: 'String must contain at least 1 character(s)' }]).claimedName).toMatch(/姓名/)
  })

  it('ignores fields the form does not have', () => {
    expect(fieldErrorsFromApi([{ field: 'body.idempotencyKey', message: 'bad' }])).toEqual({})
  })
})
