import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * A stand-in for WeChat's server API, which cannot be reached from here: `jscode2session`, `stable_token` and
 * `getuserphonenumber`. It speaks the same HTTP as api.weixin.qq.com so the real client is what tests exercise:
 * codes are single use, an unknown app is refused, the login reply carries a session_key that the API must never
 * pass on, and the phone-number API wants the access token `stable_token` gave.
 */
export async function startFakeWechat(options: {
  appId: string
  appSecret: string
  port?: number
}): Promise<{ url: string; close(): Promise<void> }> {
  const used = new Set<string>()
  const accessToken = `fake-token-${createHash('sha256').update(options.appSecret).digest('hex').slice(0, 16)}`
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const reply = (body: Record<string, unknown>) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/stable_token') {
      return void readJson(req).then((body) => {
        if (body.appid !== options.appId || body.secret !== options.appSecret) {
          return reply({ errcode: 40013, errmsg: 'invalid appid' })
        }
        reply({ access_token: accessToken, expires_in: 7200 })
      })
    }
    if (req.method === 'POST' && url.pathname === '/wxa/business/getuserphonenumber') {
      if (url.searchParams.get('access_token') !== accessToken) {
        return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
      }
      return void readJson(req).then((body) => {
        const code = typeof body.code === 'string' ? body.code : ''
        // The H5 build has no getPhoneNumber button; its stand-in sends `phone-<11 digits>-<nonce>`.
        const phone = /^phone-(\d{11})-/.exec(code)?.[1]
        if (!phone || used.has(code)) return reply({ errcode: 40029, errmsg: 'invalid code' })
        used.add(code)
        reply({
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: phone,
            purePhoneNumber: phone,
            countryCode: 86,
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: options.appId },
          },
        })
      })
    }
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404)
      return res.end()
    }
    const code = url.searchParams.get('js_code') ?? ''
    if (url.searchParams.get('appid') !== options.appId || url.searchParams.get('secret') !== options.appSecret) {
      return reply({ errcode: 40013, errmsg: 'invalid appid' })
    }
    if (!code || code.startsWith('bad')) return reply({ errcode: 40029, errmsg: 'invalid code' })
    if (used.has(code)) return reply({ errcode: 40163, errmsg: 'code been used' })
    used.add(code)
    // A code of the form `user-<name>-<n>` always maps to the same person, as repeated wx.login calls do.
    const who = code.replace(/-\d+$/, '')
    const openid = `o${createHash('sha256').update(who).digest('base64url').slice(0, 27)}`
    reply({ openid, session_key: createHash('sha256').update(`sk:${code}`).digest('base64') })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}
