import type { SpareKey } from '@jiayuan/contracts'
import { checkCustodians, confirmReleasePlan, consentPlan, openReleasePlan, releasedLine, withdrawPlan } from './keys'

const at = '2026-12-02T02:00:00.000Z'
const key: SpareKey = {
  keyId: 'k1',
  compoundId: 'c1',
  ownerId: 'u-li',
  ownerName: '李建国',
  label: '101 备用钥匙',
  terms: '急事取用',
  custodians: [
    { userId: 'u-wang', name: '王芳' },
    { userId: 'u-zhang', name: '张伟' },
  ],
  status: 'held',
  depositedAt: at,
  version: 1,
}
const input = { releaseId: 'r1', reason: '取药', photoKey: 'p' }

describe('key custody (H4)', () => {
  it('custodians are volunteers, never the owner', () => {
    const volunteers = new Set(['u-wang', 'u-zhang'])
    expect(() => checkCustodians('u-li', ['u-wang', 'u-zhang'], volunteers)).not.toThrow()
    expect(() => checkCustodians('u-li', ['u-wang', 'u-li'], volunteers)).toThrow(/不能指定自己/)
    expect(() => checkCustodians('u-li', ['u-wang', 'u-x'], volunteers)).toThrow(/志愿者/)
  })

  it('needs two different custodians and the owner consent, in any order', () => {
    expect(() => openReleasePlan(key, { userId: 'u-x' }, input, at)).toThrow(/保管人/)
    const opened = openReleasePlan(key, { userId: 'u-wang' }, input, at).key
    expect(() => confirmReleasePlan(opened, { userId: 'u-wang' }, at)).toThrow(/另一位保管人/)
    const consented = consentPlan(opened, { userId: 'u-li' }, at).key
    expect(consented.status).toBe('held')
    const both = confirmReleasePlan(consented, { userId: 'u-zhang' }, at).key
    expect(both.status).toBe('released')
    expect(releasedLine(both)?.text).toContain('业主已同意')
  })

  it('a recorded emergency needs no consent, still two custodians', () => {
    const opened = openReleasePlan(key, { userId: 'u-wang' }, { ...input, emergency: 'fire' }, at).key
    expect(opened.status).toBe('held')
    const done = confirmReleasePlan(opened, { userId: 'u-zhang' }, at).key
    expect(done.status).toBe('released')
    expect(releasedLine(done)?.text).toContain('火情')
  })

  it('only the owner consents and withdraws; a withdrawn key cannot be released', () => {
    const opened = openReleasePlan(key, { userId: 'u-wang' }, input, at).key
    expect(() => consentPlan(opened, { userId: 'u-zhang' }, at)).toThrow(/业主/)
    expect(() => withdrawPlan(key, { userId: 'u-wang' }, at)).toThrow(/业主/)
    const back = withdrawPlan(key, { userId: 'u-li' }, at).key
    expect(() => openReleasePlan(back, { userId: 'u-wang' }, input, at)).toThrow(/取回/)
  })
})
