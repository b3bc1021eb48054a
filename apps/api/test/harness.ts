import { randomUUID } from 'node:crypto'
import type { Session } from '@jiayuan/contracts'
import { parseConfig } from '../src/config'
import { createDeps } from '../src/create-deps'
import type { Deps } from '../src/deps'
import { startApiServer, type RunningServer } from '../src/local/server'
import { startFakeWechat } from '../src/local/fake-wechat'
import { localMerchantKeys, startFakeWechatPay, type FakeWechatPay } from '../src/local/fake-wechat-pay'
import { freePort } from '@jiayuan/db/local'
import { seedDemo } from '../../../scripts/seed/seed-demo'
import { testEnv } from './test-env'

export interface Harness {
  url: string
  deps: Deps
  /** Ids of this file's own copy of the demo compounds. */
  compoundId: string
  secondCompoundId: string
  prefix: string
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; raw?: string },
  ): Promise<{ status: number; body: any }>
  login(persona: string): Promise<Session>
  /** The fake WeChat Pay server, when started with `pay: true`. */
  pay?: FakeWechatPay
  close(): Promise<void>
}

/**
 * The real API over real HTTP against DynamoDB Local, with this test file's own seeded copy of the demo
 * compound (a unique prefix), so files run in parallel without seeing each other's data. `clock` replaces the
 * API's clock, so a test can move time (notice periods, voting windows) instead of waiting.
 */
/**
 * The suites send hundreds of writes a minute as one person from one address, far above what a person does; they
 * run with rate limits no run can reach. Every suite's address is 127.0.0.1 and the counters live in the one
 * DynamoDB Local of the run, and the assembly suites' clocks all start at the same instant and stand still between
 * moves (assembly-helpers.ts#TestClock), so a whole run's writes at those instants share one window's counter: the
 * assembly suites alone took the one of voting day (2025-03-18 01:00) to 95,414, and at a limit of 100,000 a full
 * run once answered four of them 429. The most the configuration takes (config.ts), ten times that, is used.
 * `env` replaces settings (`{}` with `defaultLimits` keeps the real limits).
 */
const NO_LIMIT = String(1_000_000)
const SUITE_LIMITS = { RATE_LOGINS_PER_IP: NO_LIMIT, RATE_WRITES_PER_USER: NO_LIMIT, RATE_WRITES_PER_IP: NO_LIMIT }

export async function startHarness(
  options: { clock?: () => Date; env?: Record<string, string>; defaultLimits?: boolean; pay?: boolean } = {},
): Promise<Harness> {
  const wechat = await startFakeWechat({ appId: 'wx-test', appSecret: 'test-secret' })
  const port = await freePort()
  const merchant = options.pay ? localMerchantKeys() : undefined
  const pay = merchant
    ? await startFakeWechatPay({
        appId: 'wx-test',
        mchid: '1900000109',
        apiV3Key: merchant.apiV3Key,
        merchantPrivateKey: merchant.privateKey,
      })
    : undefined
  const config = parseConfig({
    STAGE: 'test',
    TABLE_NAME: testEnv.tableName,
    DDB_ENDPOINT: testEnv.ddbEndpoint,
    BUCKET_NAME: testEnv.bucket,
    S3_ENDPOINT: testEnv.s3Endpoint,
    TOKEN_SECRET: randomUUID() + randomUUID(),
    SHARE_LINK_SECRET: randomUUID() + randomUUID(),
    WECHAT_APP_ID: 'wx-test',
    WECHAT_APP_SECRET: 'test-secret',
    WECHAT_API_BASE: wechat.url,
    DEV_LOGIN: 'on',
    ...(merchant && pay
      ? {
          WECHAT_PAY_MCH_ID: '1900000109',
          WECHAT_PAY_MCH_SERIAL: merchant.serial,
          WECHAT_PAY_API_BASE: pay.url,
          WECHAT_PAY_NOTIFY_BASE: `http://127.0.0.1:${port}`,
          WECHAT_PAY_SECRET: JSON.stringify({
            apiV3Key: merchant.apiV3Key,
            privateKey: merchant.privateKey,
            platformPublicKey: pay.platformPublicKey,
            platformSerial: pay.platformSerial,
          }),
        }
      : {}),
    ...(options.defaultLimits ? {} : SUITE_LIMITS),
    ...options.env,
  })
  const deps = await createDeps(config, { log: () => undefined, ...(options.clock ? { clock: options.clock } : {}) })
  const prefix = `t${randomUUID().slice(0, 8)}-`
  const seeded = await seedDemo(deps.db, { prefix })
  const server: RunningServer = await listenFirstFree(deps, port, pay === undefined)
  const request: Harness['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(options.raw !== undefined
        ? { body: options.raw }
        : options.body !== undefined
          ? { body: JSON.stringify(options.body) }
          : {}),
    })
    const text = await res.text()
    // File answers (a PDF, a CSV, an .xlsx, a QR code's PNG) come back as their text; everything else is JSON.
    const json = (res.headers.get('content-type') ?? '').includes('json')
    return { status: res.status, body: text ? (json ? JSON.parse(text) : text) : undefined }
  }
  return {
    url: server.url,
    deps,
    prefix,
    compoundId: seeded.compoundIds[0] ?? '',
    secondCompoundId: seeded.compoundIds[1] ?? '',
    request,
    async login(persona) {
      const res = await request('POST', '/v1/auth/dev', { body: { personaId: `${prefix}${persona}` } })
      if (res.status !== 200) throw new Error(`login ${persona}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body as Session
    },
    ...(pay ? { pay } : {}),
    async close() {
      await server.close()
      await wechat.close()
      await pay?.close()
    },
  }
}

/**
 * The whole roll as the pages of roll.get give it, joined (the route answers a page at a time): for tests that
 * count the roll against what the API froze or tallied.
 */
export async function wholeRoll(
  h: Pick<Harness, 'request'>,
  token: string,
  compoundId: string,
): Promise<{ buildings: any[]; units: any[]; owners: any[]; ownerships: any[] }> {
  const roll = { buildings: [] as any[], units: [] as any[], owners: [] as any[], ownerships: [] as any[] }
  let cursor: string | null = null
  do {
    const query: string = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200'
    const res = await h.request('GET', `/v1/compounds/${compoundId}/roll${query}`, { token })
    if (res.status !== 200) throw new Error(`roll.get answered ${res.status}: ${JSON.stringify(res.body)}`)
    for (const part of ['buildings', 'units', 'owners', 'ownerships'] as const) roll[part].push(...res.body[part])
    cursor = res.body.nextCursor
  } while (cursor)
  return roll
}

/** Every item of a paged list route (`nextCursor` handed back as `cursor`), pages of `limit`, joined. */
export async function allPages(
  h: Pick<Harness, 'request'>,
  path: string,
  token: string,
  key: string,
  limit = 100,
): Promise<any[]> {
  const items: any[] = []
  let cursor: string | null = null
  do {
    const sep = path.includes('?') ? '&' : '?'
    const page: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const res = await h.request('GET', `${path}${sep}limit=${limit}${page}`, { token })
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`)
    items.push(...res.body[key])
    cursor = res.body.nextCursor
  } while (cursor)
  return items
}

/**
 * Another worker may have chosen the same free port while this one seeded. Without payments the port is named in
 * no setting, so another is tried; with them it is the notify address in the config, and the error stands.
 */
async function listenFirstFree(deps: Parameters<typeof startApiServer>[0], port: number, mayMove: boolean) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startApiServer(deps, { port: attempt === 1 ? port : await freePort() })
    } catch (error) {
      if (!mayMove || attempt >= 3 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    }
  }
}
