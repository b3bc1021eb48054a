import { previousMonth } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'
import { setClock, tokenOf } from '../tickets/tickets-kit'

/**
 * Share links to a published monthly report (issue #13): made by the committee or the property company, opened by
 * anyone holding one with no login, masked (P1), refused in words when altered or expired.
 */

let h: Harness
const month = previousMonth(new Date())
const base = () => `/v1/compounds/${h.compoundId}/reports/${month}`
const shared = (token: string) => `/v1/shared-reports/${token}`
let key = 0
const share = (token: string, days: number) =>
  h.request('POST', `${base()}/share`, { token, body: { days, idempotencyKey: `share-test-${++key}` } })

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

describe('share links to a monthly report', () => {
  let committee: string
  beforeAll(async () => {
    committee = await tokenOf(h, 'committee')
    expect((await h.request('POST', `${base()}/draft`, { token: committee })).status).toBe(200)
  })

  it('are not made for a month with nothing published', async () => {
    const res = await share(committee, 7)
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } })
  })

  it('are made only by the committee and the property company', async () => {
    const narrative = {
      servicesDone: '5号楼1203漏水已修，住户 13812348888 已确认。',
      nextMonthPlan: '3栋2单元楼道粉刷。',
    }
    expect(
      (await h.request('PUT', `${base()}/versions/1/narrative`, { token: committee, body: { narrative } })).status,
    ).toBe(200)
    expect((await h.request('POST', `${base()}/versions/1/publish`, { token: committee, body: {} })).status).toBe(200)
    for (const persona of ['resident', 'owner', 'grid-a']) {
      expect((await share(await tokenOf(h, persona), 7)).status).toBe(403)
    }
    expect((await share(await tokenOf(h, 'staff'), 7)).status).toBe(201)
    expect(
      (await h.request('POST', `${base()}/share`, { body: { days: 7, idempotencyKey: 'no-login-1' } })).status,
    ).toBe(401)
  })

  it('open without login and show the published report with personal data masked', async () => {
    const made = await share(committee, 7)
    expect(made.status).toBe(201)
    expect(made.body.month).toBe(month)
    expect(Date.parse(made.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000)
    const res = await h.request('GET', shared(made.body.token))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ compoundName: expect.any(String), expiresAt: made.body.expiresAt })
    expect(res.body.report).toMatchObject({ month, version: 1, status: 'published' })
    expect(res.body.report.narrative).toEqual({
      servicesDone: '5栋**室漏水已修，住户 138****8888 已确认。',
      nextMonthPlan: '3栋2单元楼道粉刷。',
    })
    const text = JSON.stringify(res.body)
    expect(text).not.toContain('13812348888')
    expect(text).not.toContain('publishedBy')
    expect(text).not.toContain(`${h.prefix}committee`)
  })

  it('give a retried request the same link, not a second one', async () => {
    const body = { days: 3, idempotencyKey: 'share-retry-once' }
    const first = await h.request('POST', `${base()}/share`, { token: committee, body })
    const again = await h.request('POST', `${base()}/share`, { token: committee, body })
    expect(first.status).toBe(201)
    expect(again).toEqual(first)
  })

  it('last only the chosen 1–30 days, and the choice is checked', async () => {
    for (const days of [0, 31, 2.5]) {
      const res = await share(committee, days)
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'InvalidInput' } } })
      expect(JSON.stringify(res.body)).toContain('body.days')
    }
    const made = await share(committee, 1)
    setClock(h, new Date(Date.parse(made.body.expiresAt) + 1000))
    try {
      const res = await h.request('GET', shared(made.body.token))
      expect(res).toMatchObject({ status: 422, body: { error: { code: 'ShareLinkExpired' } } })
      expect(res.body.error.message).toContain('这个分享链接已于')
      expect(res.body.error.message).toContain('过期')
    } finally {
      setClock(h, new Date())
    }
  })

  it('refuse an altered link in words: claims changed, signature changed, cut short', async () => {
    const { token } = (await share(committee, 7)).body as { token: string }
    const [body = '', sig = ''] = token.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>
    const longer = Buffer.from(JSON.stringify({ ...claims, e: Number(claims.e) + 86_400 * 365 })).toString('base64url')
    const other = Buffer.from(JSON.stringify({ ...claims, c: h.secondCompoundId })).toString('base64url')
    for (const bad of [`${longer}.${sig}`, `${other}.${sig}`, `${body}.${sig.slice(1)}A`, token.slice(0, 30)]) {
      const res = await h.request('GET', shared(bad))
      expect(res).toMatchObject({ status: 404, body: { error: { code: 'ShareLinkInvalid' } } })
      expect(res.body.error.message).toContain('这个分享链接无效')
    }
  })

  it('never reach another compound: a staff member of one cannot share the other', async () => {
    const other = `/v1/compounds/${h.secondCompoundId}/reports/${month}/share`
    const res = await h.request('POST', other, { token: committee, body: { days: 7, idempotencyKey: 'other-c-1' } })
    expect(res.status).toBe(403)
  })
})
