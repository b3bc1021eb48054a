import type { Invite } from '@jiayuan/contracts'
import { INVITE_ALPHABET, inviteCode, inviteStatus, redeemPlan } from './invites'

const invite: Invite = {
  code: 'ABCD2345',
  grant: { kind: 'compound', compoundId: 'c1', compoundName: '小区', roles: ['property_staff'], gridIds: [] },
  note: '物业',
  createdBy: 'admin',
  createdAt: '2026-12-01T00:00:00.000Z',
  expiresAt: '2026-12-08T00:00:00.000Z',
  status: 'open',
}
const at = (iso: string) => new Date(iso)

describe('invites', () => {
  it('codes are 8 characters none of which can be misread (no 0/O, 1/I/L)', () => {
    const code = inviteCode(new Uint8Array([0, 1, 2, 3, 30, 31, 255, 128]))
    expect(code).toHaveLength(8)
    expect([...code].every((c) => INVITE_ALPHABET.includes(c))).toBe(true)
    expect(INVITE_ALPHABET).not.toMatch(/[01OIL]/)
  })
  it('is open until its expiry, then expired; used stays used', () => {
    expect(inviteStatus(invite, at('2026-12-07T23:59:59Z'))).toBe('open')
    expect(inviteStatus(invite, at('2026-12-08T00:00:00Z'))).toBe('expired')
    expect(inviteStatus({ ...invite, status: 'used' }, at('2026-12-09T00:00:00Z'))).toBe('used')
  })
  it('accepts once; the same person again is a retry; anyone else is refused', () => {
    expect(redeemPlan(invite, 'u1', at('2026-12-02T00:00:00Z'))).toBe('accept')
    const used = { ...invite, status: 'used' as const, usedBy: 'u1' }
    expect(redeemPlan(used, 'u1', at('2026-12-02T00:00:00Z'))).toBe('already')
    expect(() => redeemPlan(used, 'u2', at('2026-12-02T00:00:00Z'))).toThrow('已被使用')
    expect(() => redeemPlan(invite, 'u2', at('2026-12-09T00:00:00Z'))).toThrow('已过期')
  })
})
