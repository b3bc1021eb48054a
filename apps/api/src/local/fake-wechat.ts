import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'

/**
 * A stand-in for WeChat's `jscode2session`, which cannot be reached from here. It speaks the same HTTP as
 * api.weixin.qq.com so the real client is what tests exercise: codes are single use, an unknown app is
 * refused, and the reply carries a session_key that the API must never pass on.
 */
export async function startFakeWechat(options: {
  appId: string
  appSecret: string
  port?: number
}): Promise<{ url: string; close(): Promise<void> }> {
  const used = new Set<string>()
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const reply = (body: Record<string, unknown>) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
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
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}
