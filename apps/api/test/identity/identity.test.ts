import { GetCommand } from '@aws-sdk/lib-dynamodb'
import { PRIVACY_GUIDE_VERSION } from '@jiayuan/contracts'
import { startHarness, type Harness } from '../harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

describe('identity over HTTP', () => {
  it('answers health and serves the OpenAPI document built from the contracts', async () => {
    expect(await h.request('GET', '/v1/health')).toMatchObject({ status: 200, body: { ok: true } })
    const doc = await h.request('GET', '/v1/openapi.json')
    expect(doc.body.openapi).toBe('3.0.3')
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/auth/wechat', '/v1/compounds/{compoundId}/roll/import']),
    )
  })

  it('lists the seeded personas and logs in as one', async () => {
    const personas = await h.request('GET', '/v1/auth/dev/personas')
    const mine = personas.body.personas.filter((p: { personaId: string }) => p.personaId.startsWith(h.prefix))
    expect(mine.map((p: { displayName: string }) => p.displayName)).toEqual(
      expect.arrayContaining(['王芳', '李建国', '陈静', '孙丽', '周明', '郑强']),
    )
    const session = await h.login('owner')
    expect(session.user.displayName).toBe('李建国')
    expect(session.memberships.map((m) => m.compoundId).sort()).toEqual([h.compoundId, h.secondCompoundId].sort())
    const me = await h.request('GET', '/v1/me', { token: session.token })
    expect(me.body.memberships.find((m: { compoundId: string }) => m.compoundId === h.compoundId).roles).toEqual([
      'owner',
      'resident',
    ])
  })

  it('exchanges a wx.login code through code2Session and never returns the session key', async () => {
    const first = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-meimei-1', displayName: '韩梅梅' } })
    expect(first.status).toBe(200)
    expect(JSON.stringify(first.body)).not.toMatch(/session_key|sessionKey/)
    expect(first.body.memberships).toEqual([])
    const again = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-meimei-2' } })
    expect(again.body.user.userId).toBe(first.body.user.userId)
    const reused = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-meimei-2' } })
    expect(reused).toMatchObject({ status: 422, body: { error: { code: 'WechatLoginFailed' } } })
    const missing = await h.request('POST', '/v1/auth/wechat', { body: {} })
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidInput', details: [{ field: 'body.code' }] } },
    })
  })

  it('two first logins with the same openid at once create one user', async () => {
    const [a, b] = await Promise.all([
      h.request('POST', '/v1/auth/wechat', { body: { code: 'user-twin-1' } }),
      h.request('POST', '/v1/auth/wechat', { body: { code: 'user-twin-2' } }),
    ])
    expect(a.status).toBe(200)
    expect(b.status).toBe(200)
    expect(a.body.user.userId).toBe(b.body.user.userId)
  })

  it('a new WeChat user joins a compound as a resident, never as an owner', async () => {
    const login = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-joiner-1' } })
    const joined = await h.request('POST', `/v1/compounds/${h.compoundId}/join`, {
      token: login.body.token,
      body: { privacyGuideVersion: PRIVACY_GUIDE_VERSION },
    })
    expect(joined.body.roles).toEqual(['resident'])
    const refreshed = await h.request('POST', '/v1/auth/refresh', { token: login.body.token })
    expect(refreshed.body.memberships[0].roles).toEqual(['resident'])
  })

  it('records the privacy guide agreed to before joining, and refuses a join without it (DOMAIN W3)', async () => {
    const login = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-consent-1' } })
    const token = login.body.token as string
    const userId = login.body.user.userId as string
    const path = `/v1/compounds/${h.compoundId}/join`
    for (const body of [{}, { privacyGuideVersion: '2020-01' }]) {
      const refused = await h.request('POST', path, { token, body })
      expect(refused).toMatchObject({
        status: 400,
        body: {
          error: { details: [{ field: 'body.privacyGuideVersion', message: expect.stringContaining('隐私保护指引') }] },
        },
      })
    }
    expect((await h.request('GET', '/v1/me', { token })).body.memberships).toEqual([])

    expect(
      (await h.request('POST', path, { token, body: { privacyGuideVersion: PRIVACY_GUIDE_VERSION } })).status,
    ).toBe(200)
    const record = await h.deps.db.doc.send(
      new GetCommand({
        TableName: h.deps.db.table,
        Key: { PK: `USER#${userId}`, SK: `CONSENT#${PRIVACY_GUIDE_VERSION}` },
      }),
    )
    expect(record.Item).toMatchObject({
      version: PRIVACY_GUIDE_VERSION,
      compoundId: h.compoundId,
      at: expect.any(String),
    })
  })

  it('refuses missing, malformed and forged tokens with 401', async () => {
    expect((await h.request('GET', '/v1/me')).status).toBe(401)
    expect((await h.request('GET', '/v1/me', { token: 'abc' })).status).toBe(401)
    const { token } = await h.login('resident')
    const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA')
    expect((await h.request('GET', '/v1/me', { token: forged })).status).toBe(401)
  })

  it('nobody reads a compound they have no role in', async () => {
    const { token } = await h.login('resident')
    const other = await h.request('GET', `/v1/compounds/${h.secondCompoundId}`, { token })
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    expect((await h.request('GET', `/v1/compounds/${h.compoundId}`, { token })).status).toBe(200)
  })

  it('answers unknown routes and bad JSON with the error shape, never a 500', async () => {
    expect(await h.request('GET', '/v1/nope')).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } })
    const bad = await h.request('POST', '/v1/auth/dev', { raw: '{"personaId":' })
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'InvalidInput' } } })
  })
})

describe('members', () => {
  it('shows property staff their colleagues in full and residents masked; the committee sees names masked', async () => {
    const staff = await h.login('staff')
    const list = await h.request('GET', `/v1/compounds/${h.compoundId}/members`, { token: staff.token })
    expect(list.status).toBe(200)
    const byId = (body: { members: Array<{ userId: string; displayName: string }> }, id: string) =>
      body.members.find((m) => m.userId === `${h.prefix}u-${id}`)
    expect(byId(list.body, 'grid-a')).toMatchObject({
      displayName: '陈静',
      roles: ['grid_worker'],
      gridIds: ['grid-a'],
    })
    expect(byId(list.body, 'owner')?.displayName).toMatch(/^.\*+$/)
    const admin = await h.login('admin')
    const full = await h.request('GET', `/v1/compounds/${h.compoundId}/members`, { token: admin.token })
    expect(byId(full.body, 'grid-a')?.displayName).toBe('陈静')
    const committee = await h.login('committee')
    const masked = await h.request('GET', `/v1/compounds/${h.compoundId}/members`, { token: committee.token })
    expect(byId(masked.body, 'grid-a')?.displayName).toBe('陈*')
    const resident = await h.login('resident')
    expect((await h.request('GET', `/v1/compounds/${h.compoundId}/members`, { token: resident.token })).status).toBe(
      403,
    )
  })
})
