import { Hono } from 'hono'
import { handle } from 'hono/aws-lambda'
import { fileResponse } from '../http/file-response'
import { isBinaryAnswer } from './binary-types'

/** An API Gateway HTTP API (payload 2.0) GET, as the adapter receives it. */
const event = (path: string) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'api.example' },
  requestContext: { http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' } },
  isBase64Encoded: false,
})

describe('file answers on Lambda', () => {
  const app = new Hono()
  const csv = new TextEncoder().encode('\uFEFF栏目,项目,数值\r\n')
  app.get('/csv', () =>
    fileResponse({ filename: '和谐家园-2025年10月物业月报-第1版.csv', bytes: csv }, 'text/csv; charset=utf-8', 200),
  )

  it('keep the CSV byte-order mark: sent as base64 bytes, not as text', async () => {
    const result = (await handle(app, { isContentTypeBinary: isBinaryAnswer })(
      event('/csv') as never,
      {} as never,
    )) as {
      body: string
      isBase64Encoded: boolean
      headers: Record<string, string>
    }
    expect(result.isBase64Encoded).toBe(true)
    expect([...Buffer.from(result.body, 'base64')]).toEqual([...csv])
    expect(result.headers['content-disposition']).toBe(
      `attachment; filename="download.csv"; filename*=UTF-8''${encodeURIComponent('和谐家园-2025年10月物业月报-第1版.csv')}`,
    )
  })

  it('still send JSON as text', () => {
    expect(isBinaryAnswer('application/json')).toBe(false)
    expect(isBinaryAnswer('application/pdf')).toBe(true)
  })
})
