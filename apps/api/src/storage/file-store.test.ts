import type { Config } from '../config'
import { GET_REUSE_MS, s3FileStore } from './file-store'

const config = {
  AWS_REGION: 'cn-north-1',
  BUCKET_NAME: 'jiayuan-files',
  S3_ENDPOINT: 'http://127.0.0.1:9',
} as Config

/** When a presigned GET stops working: its X-Amz-Date plus X-Amz-Expires. */
function expiresAt(url: string): number {
  const q = new URL(url).searchParams
  const d = q.get('X-Amz-Date') ?? ''
  const signed = Date.UTC(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +d.slice(9, 11),
    +d.slice(11, 13),
    +d.slice(13, 15),
  )
  return signed + Number(q.get('X-Amz-Expires')) * 1000
}

describe('presigned GETs', () => {
  const t0 = Date.UTC(2026, 11, 4, 8, 0, 0)
  beforeEach(() => {
    // Only the clock is faked: the SDK's promises and timers run as they do.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] })
    jest.setSystemTime(t0)
  })
  afterEach(() => jest.useRealTimers())

  it('hands out the same URL for one object a while, each still valid ten minutes after, then signs anew', async () => {
    const files = s3FileStore(config)
    const first = await files.presignGet('uploads/c1/receipt/u1/a.jpg')
    expect(expiresAt(first)).toBe(t0 + 15 * 60_000)
    expect(await files.presignGet('uploads/c1/receipt/u1/b.jpg')).not.toBe(first)

    jest.setSystemTime(t0 + GET_REUSE_MS - 1)
    expect(await files.presignGet('uploads/c1/receipt/u1/a.jpg')).toBe(first)
    expect(expiresAt(first) - Date.now()).toBeGreaterThanOrEqual(10 * 60_000)

    jest.setSystemTime(t0 + GET_REUSE_MS)
    const again = await files.presignGet('uploads/c1/receipt/u1/a.jpg')
    expect(again).not.toBe(first)
    expect(expiresAt(again)).toBe(t0 + GET_REUSE_MS + 15 * 60_000)
  })

  it('keeps no URL across stores (each warm instance signs its own)', async () => {
    const key = 'uploads/c1/receipt/u1/a.jpg'
    const a = await s3FileStore(config).presignGet(key)
    jest.setSystemTime(t0 + 1000)
    expect(await s3FileStore(config).presignGet(key)).not.toBe(a)
  })
})
