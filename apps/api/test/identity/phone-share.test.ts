import { PRIVACY_GUIDE_VERSION } from '@jiayuan/contracts'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, setClock, sh, ticketsPath, tokenOf } from '../tickets/tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-08-01 09:00'))
})
afterAll(async () => h.close())

/** The local WeChat stand-in answers a getPhoneNumber code of the form `phone-<11 digits>-<nonce>`. */
const code = (phone: string, nonce: string) => `phone-${phone}-${nonce}`

describe('a newcomer shares their phone from WeChat (DOMAIN W2) so the worker can call', () => {
  it('keeps the number WeChat gives for the tap, shows it to the person and on the contact card', async () => {
    const login = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-xinlai-1', displayName: '韩新来' } })
    expect(login.status).toBe(200)
    const token = login.body.token as string
    expect(login.body.user.phone).toBeUndefined()
    expect(
      (
        await h.request('POST', `/v1/compounds/${h.compoundId}/join`, {
          token,
          body: { privacyGuideVersion: PRIVACY_GUIDE_VERSION },
        })
      ).status,
    ).toBe(200)
    const session = await h.request('POST', '/v1/auth/refresh', { token })
    const id = await reportOk(h, session.body.token)

    const worker = await tokenOf(h, 'grid-a')
    await actOk(h, worker, id, { type: 'claim' })
    const before = await h.request('GET', ticketsPath(h, `/${id}/contact`), { token: worker })
    expect(before.body.requester.name).toBe('韩新来')
    expect(before.body.requester.phone).toBeUndefined()

    const shared = await h.request('POST', '/v1/me/phone', { token, body: { code: code('13712345678', 'a') } })
    expect(shared).toMatchObject({ status: 200, body: { phone: '13712345678' } })
    const me = await h.request('GET', '/v1/me', { token })
    expect(me.body.user.phone).toBe('13712345678')
    const after = await h.request('GET', ticketsPath(h, `/${id}/contact`), { token: worker })
    expect(after.body.requester.phone).toBe('13712345678')

    // The number never shows up in lists of other people (the member list of the compound).
    const members = await h.request('GET', `/v1/compounds/${h.compoundId}/members`, {
      token: await tokenOf(h, 'admin'),
    })
    expect(members.status).toBe(200)
    expect(JSON.stringify(members.body)).not.toContain('13712345678')
  })

  it('refuses a used or made-up code, and a missing one by name, and writes nothing', async () => {
    const login = await h.request('POST', '/v1/auth/wechat', { body: { code: 'user-xinlai2-1', displayName: '李新' } })
    const token = login.body.token as string
    expect((await h.request('POST', '/v1/me/phone', { token, body: { code: code('13900001111', 'x') } })).status).toBe(
      200,
    )
    const reused = await h.request('POST', '/v1/me/phone', { token, body: { code: code('13900001111', 'x') } })
    expect(reused).toMatchObject({ status: 422, body: { error: { code: 'WechatPhoneFailed' } } })
    const madeUp = await h.request('POST', '/v1/me/phone', { token, body: { code: 'phone-12345-y' } })
    expect(madeUp).toMatchObject({ status: 422, body: { error: { code: 'WechatPhoneFailed' } } })
    const missing = await h.request('POST', '/v1/me/phone', { token, body: {} })
    expect(missing).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.code' }] } } })
    expect((await h.request('GET', '/v1/me', { token })).body.user.phone).toBe('13900001111')
    expect((await h.request('POST', '/v1/me/phone', { body: { code: code('13900002222', 'z') } })).status).toBe(401)
  })
})
