import { validateBinding } from './validate'

const valid = {
  unitId: 'b2-2-602',
  claimedName: '林晓',
  relation: 'owner',
  evidenceKey: 'c/binding_evidence/u/x.png',
  idempotencyKey: 'mp-abc-123456',
}

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
