import { signToken } from '../../src/http/token'
import { startHarness, type Harness } from '../harness'

/** A refresh keeps a resident signed in, but never past the absolute session lifetime (30 days by default). */
let h: Harness
let now = new Date()
beforeAll(async () => {
  h = await startHarness({ clock: () => now })
})
afterAll(async () => h.close())

const DAY = 86_400
const refresh = (token: string) => h.request('POST', '/v1/auth/refresh', { token })

it('refresh carries the first login and stops at the lifetime', async () => {
  const login = await h.login('resident')
  const firstExpiry = Date.parse(login.expiresAt)
  now = new Date(now.getTime() + 3600_000)
  const refreshed = await refresh(login.token)
  expect(refreshed.status).toBe(200)
  expect(Date.parse(refreshed.body.expiresAt)).toBeGreaterThan(firstExpiry)

  // A session refreshed for 29 days 23 hours: the next token ends exactly at 30 days, not two hours later.
  const max = h.deps.config.SESSION_MAX_SECONDS
  expect(max).toBe(30 * DAY)
  const nowSec = Math.floor(now.getTime() / 1000)
  const startedAt = nowSec - max + 3600
  const old = signToken(h.deps.tokenSecret, login.user.userId, login.memberships, 7200, now, { startedAt }).token
  const capped = await refresh(old)
  expect(capped.status).toBe(200)
  expect(capped.body.expiresAt).toBe(new Date((startedAt + max) * 1000).toISOString())

  // Past the lifetime a refresh is refused, whatever the token's own expiry says.
  const stale = signToken(h.deps.tokenSecret, login.user.userId, login.memberships, 7200, now, {
    startedAt: nowSec - max - 1,
  }).token
  const refused = await refresh(stale)
  expect(refused).toMatchObject({ status: 401 })
  expect(refused.body.error.message).toMatch(/登录已满 30 天/)

  // The capped token itself stops working at the lifetime.
  now = new Date((startedAt + max) * 1000 + 1000)
  expect((await h.request('GET', '/v1/me', { token: capped.body.token })).status).toBe(401)
})
