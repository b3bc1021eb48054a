import { signToken, verifyToken } from './token'

const secret = 'x'.repeat(40)
const now = new Date('2026-11-23T00:00:00Z')
const m = [{ compoundId: 'c1', compoundName: '小区', roles: ['owner' as const], gridIds: [], unitIds: [] }]

describe('token', () => {
  it('round-trips the claims', () => {
    const { token } = signToken(secret, 'u1', m, 60, now)
    expect(verifyToken(secret, token, now)).toMatchObject({ sub: 'u1', mem: [{ c: 'c1', r: ['owner'] }] })
  })
  it('refuses a token signed with another secret, tampered or expired', () => {
    const { token } = signToken(secret, 'u1', m, 60, now)
    expect(() => verifyToken('y'.repeat(40), token, now)).toThrow('登录凭证无效')
    const [h, , s] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ sub: 'u2', exp: 9e9, iat: 0, mem: [] })).toString('base64url')
    expect(() => verifyToken(secret, `${h}.${forged}.${s}`, now)).toThrow('登录凭证无效')
    expect(() => verifyToken(secret, token, new Date(now.getTime() + 61_000))).toThrow('登录已过期')
  })
  it('a token this instance has verified is still refused under another secret, and once expired', () => {
    const { token } = signToken(secret, 'u3', m, 60, now)
    expect(verifyToken(secret, token, now).sub).toBe('u3')
    expect(verifyToken(secret, token, now).sub).toBe('u3')
    expect(() => verifyToken('y'.repeat(40), token, now)).toThrow('登录凭证无效')
    expect(verifyToken(secret, token, new Date(now.getTime() + 59_000)).sub).toBe('u3')
    expect(() => verifyToken(secret, token, new Date(now.getTime() + 60_000))).toThrow('登录已过期')
  })
})

describe('absolute session lifetime', () => {
  it('never lets a token outlive the first login plus the lifetime', () => {
    const startedAt = Math.floor(now.getTime() / 1000) - 30 * 86_400 + 600
    const { token, expiresAt } = signToken(secret, 'u1', m, 7200, now, { startedAt, maxSeconds: 30 * 86_400 })
    expect(expiresAt).toBe(new Date((startedAt + 30 * 86_400) * 1000).toISOString())
    expect(verifyToken(secret, token, now).sst).toBe(startedAt)
  })
})
