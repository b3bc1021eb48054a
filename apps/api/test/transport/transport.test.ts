import { parseConfig } from '../../src/config'
import { startHarness, type Harness } from '../harness'

/**
 * The transport (issue 15 item 8) with the real default limits: body size 413, JSON only 415, security headers,
 * CORS from configuration, and the DynamoDB-backed rate limit 429 with Retry-After. The clock starts in a window
 * of its own, so the counters (shared by every test file on 127.0.0.1) hold only this file's requests.
 */
let h: Harness
let grant = ''
let now = new Date(Date.now() + (1 + Math.random()) * 365 * 86_400_000)
beforeAll(async () => {
  h = await startHarness({ defaultLimits: true, clock: () => now, env: { CORS_ORIGINS: 'https://h5.example.org' } })
  const { token } = await h.login('staff')
  const known = await h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, { token })
  grant = JSON.stringify({ templateId: known.body.templates[0].templateId, accepted: true })
})
afterAll(async () => h.close())

const subscriptions = () => `${h.url}/v1/compounds/${h.compoundId}/subscriptions`
const post = (url: string, token: string, body: BodyInit, type = 'application/json', extra: RequestInit = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
    ...extra,
  })

it('refuses a body over the limit with 413 in Chinese, with or without a Content-Length', async () => {
  const { token } = await h.login('resident')
  expect(h.deps.config.MAX_BODY_BYTES).toBe(6 * 1024 * 1024)
  const huge = JSON.stringify({ templateId: 'x'.repeat(7 * 1024 * 1024), accepted: true })
  const res = await post(subscriptions(), token, huge)
  expect(res.status).toBe(413)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/请求内容过大/)

  // Streamed (chunked, no length): counted while read.
  const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024))
  let sent = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 7) controller.enqueue(chunk)
      else controller.close()
    },
  })
  const streamed = await post(subscriptions(), token, stream, 'application/json', { duplex: 'half' } as RequestInit)
  expect(streamed.status).toBe(413)

  // Every method that carries a body is held to it: only GET and HEAD, whose bodies no route reads, pass untested.
  const put = await fetch(`${h.url}/v1/compounds/${h.compoundId}/settings`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: huge,
  })
  expect(put.status).toBe(413)
})

it('refuses a body that is not JSON with 415 and writes nothing', async () => {
  const { token } = await h.login('co-owner')
  const mine = () => h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, { token })
  const before = (await mine()).body
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const res = await post(subscriptions(), token, grant, type)
    expect([type, res.status]).toEqual([type, 415])
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/须为 JSON/)
  }
  expect((await mine()).body).toEqual(before)
  // With charset it is JSON.
  expect((await post(subscriptions(), token, grant, 'application/json; charset=utf-8')).status).toBe(200)
  expect((await mine()).body).not.toEqual(before)
})

it('puts the security headers on every answer, and CORS only for the configured origin', async () => {
  const answers = [
    await fetch(`${h.url}/v1/health`),
    await fetch(`${h.url}/v1/nowhere`),
    await fetch(`${h.url}/v1/compounds/${h.compoundId}/subscriptions`),
  ]
  for (const res of answers) {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    // Served over plain http here: no HSTS (it is sent in AWS, STAGE=prod).
    expect(res.headers.get('strict-transport-security')).toBeNull()
  }
  const preflight = (origin: string) =>
    fetch(`${h.url}/v1/health`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    })
  expect((await preflight('https://h5.example.org')).headers.get('access-control-allow-origin')).toBe(
    'https://h5.example.org',
  )
  expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull()
  // An ordinary request carries them on its answer, with the answer itself whole.
  const read = (origin: string) => fetch(`${h.url}/v1/health`, { headers: { origin } })
  const allowed = await read('https://h5.example.org')
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://h5.example.org')
  expect(allowed.headers.get('vary')).toBe('Origin')
  expect(allowed.headers.get('x-frame-options')).toBe('DENY')
  expect(await allowed.json()).toEqual(await (await fetch(`${h.url}/v1/health`)).json())
  const refused = await read('https://evil.example.com')
  expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  expect(refused.headers.get('vary')).toBe('Origin')
})

it('refuses a wildcard origin in prod, and prod without origins sends no CORS', () => {
  const base = { TOKEN_SECRET: 'x'.repeat(32), SHARE_LINK_SECRET: 'y'.repeat(32) }
  expect(() => parseConfig({ ...base, STAGE: 'prod', CORS_ORIGINS: 'https://a.example.org,*' })).toThrow(
    /CORS_ORIGINS: a wildcard origin is refused in production/,
  )
  expect(parseConfig({ ...base, STAGE: 'prod' }).CORS_ORIGINS).toEqual([])
  expect(parseConfig({ ...base, STAGE: 'local' }).CORS_ORIGINS).toEqual(['*'])
  expect(parseConfig({ ...base, STAGE: 'prod', CORS_ORIGINS: ' https://a.org , https://b.org' }).CORS_ORIGINS).toEqual([
    'https://a.org',
    'https://b.org',
  ])
})

it('lets exactly the per-person limit of writes through at once, 429 with Retry-After after, others unaffected', async () => {
  now = new Date(now.getTime() + 120_000)
  const limit = h.deps.config.RATE_WRITES_PER_USER
  expect(limit).toBe(60)
  const { token } = await h.login('owner')
  const answers = await Promise.all(Array.from({ length: limit + 15 }, () => post(subscriptions(), token, grant)))
  const statuses = answers.map((r) => r.status)
  expect(statuses.filter((s) => s === 200)).toHaveLength(limit)
  expect(statuses.filter((s) => s === 429)).toHaveLength(15)
  const refused = answers.find((r) => r.status === 429)
  const retryAfter = Number(refused?.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(h.deps.config.RATE_WINDOW_SECONDS)
  expect(((await refused?.json()) as { error: { message: string } }).error.message).toMatch(
    /操作太频繁，请 \d+ 秒后再试/,
  )

  // Reads go on; another person writes; after the window the first person writes again.
  expect((await h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, { token })).status).toBe(200)
  const other = await h.login('committee')
  expect((await post(subscriptions(), other.token, grant)).status).toBe(200)
  now = new Date(now.getTime() + retryAfter * 1000)
  expect((await post(subscriptions(), token, grant)).status).toBe(200)
})

it('limits logins per address', async () => {
  now = new Date(now.getTime() + 120_000)
  const limit = h.deps.config.RATE_LOGINS_PER_IP
  const body = JSON.stringify({ personaId: `${h.prefix}resident` })
  const answers = await Promise.all(
    Array.from({ length: limit + 5 }, () =>
      fetch(`${h.url}/v1/auth/dev`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    ),
  )
  const statuses = answers.map((r) => r.status)
  expect(statuses.filter((s) => s === 200)).toHaveLength(limit)
  expect(statuses.filter((s) => s === 429)).toHaveLength(5)
})

it('counts token renewals per person, not per address: many people behind one address all renew', async () => {
  now = new Date(now.getTime() + 120_000)
  const limit = h.deps.config.RATE_LOGINS_PER_IP
  const refresh = (token: string) =>
    fetch(`${h.url}/v1/auth/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
  // More renewals from this one address than the per-address login limit, spread over several people.
  const people = await Promise.all(['resident', 'owner', 'staff'].map(async (p) => (await h.login(p)).token))
  now = new Date(now.getTime() + 120_000)
  const perPerson = Math.ceil((limit + 10) / people.length)
  const spread = await Promise.all(people.flatMap((t) => Array.from({ length: perPerson }, () => refresh(t))))
  expect(spread.filter((r) => r.status === 429)).toHaveLength(0)
  // One person renewing beyond the limit is refused.
  now = new Date(now.getTime() + 120_000)
  const alone = await Promise.all(Array.from({ length: limit + 3 }, () => refresh(people[0] ?? '')))
  expect(alone.filter((r) => r.status === 429)).toHaveLength(3)
})
