import { createServer, type Server } from 'node:http'
import { wechatModeration } from './wechat-moderation'
import { wechatNotifier } from './wechat-notifier'
import { wechatQrCodes } from './wechat-qr-codes'

/** A stand-in for api.weixin.qq.com speaking the same HTTP, so the real clients are what is tested. */
async function fakeWechatApi() {
  const calls: Array<{ path: string; token: string | null; body: Record<string, unknown> }> = []
  let tokens = 0
  let revokeNext = false
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      const token = url.searchParams.get('access_token')
      calls.push({ path: url.pathname, token, body })
      const reply = (value: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (url.pathname === '/cgi-bin/stable_token') {
        if (body.appid !== 'wx-app' || body.secret !== 'app-secret')
          return reply({ errcode: 40013, errmsg: 'invalid appid' })
        tokens += 1
        return reply({ access_token: `token-${tokens}`, expires_in: 7200 })
      }
      if (revokeNext) {
        revokeNext = false
        return reply({ errcode: 40001, errmsg: 'invalid credential' })
      }
      if (url.pathname === '/wxa/msg_sec_check') {
        const suggest = String(body.content).includes('赌博') ? 'risky' : 'pass'
        return reply({
          errcode: 0,
          errmsg: 'ok',
          result: { suggest, label: suggest === 'pass' ? 100 : 20001 },
          trace_id: 't-text',
        })
      }
      if (url.pathname === '/wxa/getwxacodeunlimit') {
        // The image itself on success (a PNG signature stands in), JSON with an errcode on failure.
        if (String(body.page).startsWith('pages/missing')) return reply({ errcode: 41030, errmsg: 'invalid page' })
        res.writeHead(200, { 'content-type': 'image/png' })
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      }
      if (url.pathname === '/wxa/media_check_async') return reply({ errcode: 0, errmsg: 'ok', trace_id: 'trace-123' })
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        return reply(
          body.touser === 'o-refused'
            ? { errcode: 43101, errmsg: 'user refuse to accept the msg' }
            : { errcode: 0, errmsg: 'ok' },
        )
      }
      res.writeHead(404)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    api: { baseUrl: `http://127.0.0.1:${port}`, appId: 'wx-app', appSecret: async () => 'app-secret' },
    calls,
    revoke: () => (revokeNext = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

let wechat: Awaited<ReturnType<typeof fakeWechatApi>>
beforeAll(async () => {
  wechat = await fakeWechatApi()
})
afterAll(async () => wechat.close())

describe('WeChat content security (msgSecCheck, mediaCheckAsync v2)', () => {
  it('checks text with the author’s openid, reusing the stable token', async () => {
    const moderation = wechatModeration(wechat.api)
    expect(await moderation.checkText({ text: '楼道灯坏了', openid: 'o-1' })).toBe('passed')
    expect(await moderation.checkText({ text: '赌博广告', openid: 'o-1' })).toBe('rejected')
    const checks = wechat.calls.filter((c) => c.path === '/wxa/msg_sec_check')
    expect(checks[0]).toMatchObject({
      token: 'token-1',
      body: { content: '楼道灯坏了', version: 2, scene: 3, openid: 'o-1' },
    })
    expect(wechat.calls.filter((c) => c.path === '/cgi-bin/stable_token')).toHaveLength(1)
  })

  it('fetches a fresh token once when WeChat says the token is stale', async () => {
    const moderation = wechatModeration(wechat.api)
    await moderation.checkText({ text: '你好', openid: 'o-1' })
    wechat.revoke()
    expect(await moderation.checkText({ text: '你好', openid: 'o-1' })).toBe('passed')
    const refreshed = wechat.calls.filter((c) => c.path === '/cgi-bin/stable_token').at(-1)
    expect(refreshed?.body.force_refresh).toBe(true)
  })

  it('submits images for the asynchronous check and returns the trace id', async () => {
    const moderation = wechatModeration(wechat.api)
    expect(await moderation.checkImage({ url: 'https://files.example/p.jpg', openid: 'o-2' })).toEqual({
      traceId: 'trace-123',
    })
    expect(wechat.calls.at(-1)?.body).toEqual({
      media_url: 'https://files.example/p.jpg',
      media_type: 2,
      version: 2,
      scene: 3,
      openid: 'o-2',
    })
    await expect(moderation.checkImage({ url: 'https://files.example/p.jpg' })).rejects.toThrow(/openid/)
  })
})

describe('WeChat subscribe messages', () => {
  const message = {
    toUserId: 'u-1',
    openid: 'o-1',
    templateId: 'tpl-1',
    page: 'pages/tickets/detail?ticketId=t-1',
    data: { thing2: '一二三四五六七八九十一二三四五六七八九十多出来的字', phrase3: '已受理' },
  }

  it('sends with the template data wrapped as WeChat wants, cut to 20 characters', async () => {
    expect(await wechatNotifier(wechat.api).send(message)).toEqual({ ok: true })
    expect(wechat.calls.at(-1)).toMatchObject({
      path: '/cgi-bin/message/subscribe/send',
      body: {
        touser: 'o-1',
        template_id: 'tpl-1',
        page: message.page,
        miniprogram_state: 'formal',
        lang: 'zh_CN',
        data: { thing2: { value: '一二三四五六七八九十一二三四五六七八九十' }, phrase3: { value: '已受理' } },
      },
    })
  })

  it('reports a refusal as an exhausted quota, and a person without openid without calling WeChat', async () => {
    const notifier = wechatNotifier(wechat.api)
    expect(await notifier.send({ ...message, openid: 'o-refused' })).toEqual({
      ok: false,
      reason: 'errcode_43101',
      quotaExhausted: true,
    })
    const before = wechat.calls.length
    const { openid: _none, ...withoutOpenid } = message
    expect(await notifier.send(withoutOpenid)).toEqual({ ok: false, reason: 'no_openid', quotaExhausted: false })
    expect(wechat.calls).toHaveLength(before)
  })
})

describe('WeChat mini-program codes (getUnlimitedQRCode)', () => {
  it('asks with the scene, page, width and version, and returns the image bytes', async () => {
    const png = await wechatQrCodes(wechat.api, 'trial').unlimited({
      scene: 'c-hexie',
      page: 'pages/join/index',
      width: 430,
    })
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG')
    expect(wechat.calls.at(-1)).toMatchObject({
      path: '/wxa/getwxacodeunlimit',
      body: { scene: 'c-hexie', page: 'pages/join/index', width: 430, env_version: 'trial', check_path: false },
    })
  })

  it('retries once with a fresh token, and reports an errcode as a failure', async () => {
    const codes = wechatQrCodes(wechat.api, 'release')
    wechat.revoke()
    await codes.unlimited({ scene: 'c-1', page: 'pages/join/index', width: 430 })
    expect(wechat.calls.at(-1)?.body).toMatchObject({ check_path: true })
    await expect(codes.unlimited({ scene: 'c-1', page: 'pages/missing/index', width: 430 })).rejects.toThrow(/41030/)
  })
})
