import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { DATA_FORMAT, OLDEST_UPGRADABLE_FORMAT, createDb, ensureTable, upgradeData } from '@jiayuan/db'
import { startDynamoLocal } from '@jiayuan/db/local'
import { createDeps, parseConfig } from '@jiayuan/api'
import {
  localMerchantKeys,
  startApiServer,
  startFakeWechat,
  startFakeWechatPay,
  startLocalS3,
  startTicketJobs,
} from '@jiayuan/api/local'
import { seedDemo, seedEmpty } from './seed/seed-demo'
import { seedDemoActivity } from './seed/seed-activity'
import { seedDemoAssembly } from './seed/seed-assembly'
import { seedDemoBulletins } from './seed/seed-bulletins'
import { seedDemoLedger, seedDemoProject } from './seed/seed-ledger'
import { seedStreetFigures } from './seed/seed-street'
import { seedStreetFund } from './seed/seed-street-fund'

export interface Stack {
  url: string
  seeded: boolean
  /** Runs the scheduled jobs (SLA sweep, outbox) now instead of waiting for the 15 s timer: local stack only. */
  runJobs(): Promise<void>
  /** DynamoDB Local's process, whose CPU time the bench reads. */
  dynamoPid: number | undefined
  /** The local S3's process when it runs apart (`s3Apart`), whose CPU time the bench reads too. */
  s3Pid: number | undefined
  /** Whether a stored file exists, asked as the API asks (its own file store): the bench's photo check sent again. */
  fileExists(key: string): Promise<boolean>
  /** DynamoDB Local's endpoint, for a client of the bench's own beside the API's. */
  dynamoEndpoint: string
  stop(): Promise<void>
}

/** scripts/local-s3-process.ts, started with this process's own loader (tsx), once it has printed its endpoint. */
async function startLocalS3Apart(
  directory: string,
  bucket: string,
): Promise<{ endpoint: string; pid: number | undefined; close(): Promise<void> }> {
  const script = path.join(__dirname, 'local-s3-process.ts')
  const child = spawn(process.execPath, [...process.execArgv, script, directory, bucket], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const endpoint = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.once('exit', (code) => reject(new Error(`local S3 process exited (${String(code)}) before it started`)))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n')[0]
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { endpoint: string }).endpoint)
    })
  })
  child.removeAllListeners('exit')
  return {
    endpoint,
    pid: child.pid,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin.end()
      }),
  }
}

/** A local secret that survives restarts, so tokens stay valid across `npm start` runs. */
function localSecret(dataDir: string, name = 'token-secret'): string {
  const file = path.join(dataDir, name)
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

/**
 * The whole product on this machine: DynamoDB Local (on disk under dataDir, or in memory), a local S3, a
 * stand-in for WeChat's login API and one for WeChat Pay, the API with dev login on, and the H5 build on the same origin.
 */
export interface StackOptions {
  port: number
  host: string
  dataDir?: string
  staticDir?: string
  /** Two months of demo books for the trust account (takes several seconds on DynamoDB Local). */
  books?: boolean
  /** Demo meetings of the owners' assembly: one open now, one just ended, one final (scripts/seed/seed-assembly.ts). */
  meetings?: boolean
  /** One current notice (公告) for the whole demo compound, posted when the demo is first seeded. */
  bulletins?: boolean
  /**
   * The demo's everyday life through the API (scripts/seed/seed-activity.ts): tickets in every state, a pending
   * binding, an expense waiting for its second approval, two published monthly reports, the disclosure board.
   * Needs `books` (the reports are of the demo books) and `meetings`.
   */
  activity?: boolean
  /** No demo at all: only the bootstrap platform admin, who sets up the first community and compound in the pages. */
  empty?: boolean
  /** API settings over the local defaults, e.g. the bench's rate limits (a load test is one person writing fast). */
  apiSettings?: Record<string, string>
  /**
   * How often the scheduled jobs run (15 s). The bench runs them itself between its measurements (`runJobs`), as
   * in AWS they are Lambdas of their own and share no CPU with the API.
   */
  jobsEveryMs?: number
  /**
   * The local S3 in a process of its own, not on the API's event loop: the bench, since in AWS S3 shares no CPU
   * with the API (a report's photo check is one HeadObject there, answered by S3).
   */
  s3Apart?: boolean
}

/**
 * The data format of a kept DATA_DIR (DATA_FORMAT in packages/db/src/data-upgrades.ts), from its marker file: a
 * folder from before upgrades existed is refused with how to start afresh, one from a newer Jiayuan too; any other
 * is upgraded in place once DynamoDB Local is up (`upgradeData`), so kept data is never read half right.
 */
function keptDataFormat(dataDir: string): number {
  const marker = path.join(dataDir, 'data-format')
  const hasData = fs.existsSync(path.join(dataDir, 'dynamodb'))
  const found = fs.existsSync(marker) ? Number(fs.readFileSync(marker, 'utf8').trim()) : hasData ? 1 : DATA_FORMAT
  if (!Number.isInteger(found) || found < OLDEST_UPGRADABLE_FORMAT || found > DATA_FORMAT) {
    throw new Error(
      `The local data in ${dataDir} was written by ${found > DATA_FORMAT ? 'a newer' : 'an older'} Jiayuan ` +
        `(data format ${found}; this one reads ${DATA_FORMAT} and upgrades from ${OLDEST_UPGRADABLE_FORMAT}). ` +
        'Delete that folder to start again with fresh demo data, or set DATA_DIR to another folder.',
    )
  }
  return found
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const dataDir = options.dataDir
  const keptFormat = dataDir ? keptDataFormat(dataDir) : DATA_FORMAT
  const ddb = await startDynamoLocal(dataDir ? { dbPath: path.join(dataDir, 'dynamodb') } : {})
  const s3Dir = dataDir ? path.join(dataDir, 's3') : fs.mkdtempSync(path.join(os.tmpdir(), 'jiayuan-s3-'))
  const s3 = options.s3Apart
    ? await startLocalS3Apart(s3Dir, 'jiayuan-files')
    : { ...(await startLocalS3({ directory: s3Dir, bucket: 'jiayuan-files' })), pid: undefined }
  const wechat = await startFakeWechat({ appId: 'wx-local-app', appSecret: 'local-secret' })
  // The trust account's merchant: keys made fresh at each start and never written down (DOMAIN F12).
  const merchant = localMerchantKeys()
  const pay = await startFakeWechatPay({
    appId: 'wx-local-app',
    mchid: '1900000001',
    apiV3Key: merchant.apiV3Key,
    merchantPrivateKey: merchant.privateKey,
  })
  const config = parseConfig({
    STAGE: 'local',
    TABLE_NAME: 'jiayuan',
    DDB_ENDPOINT: ddb.endpoint,
    BUCKET_NAME: 'jiayuan-files',
    S3_ENDPOINT: s3.endpoint,
    TOKEN_SECRET: dataDir ? localSecret(dataDir) : randomBytes(32).toString('hex'),
    // Kept with the data, so a report link shared before a restart still opens after it.
    SHARE_LINK_SECRET: dataDir ? localSecret(dataDir, 'share-link-secret') : randomBytes(32).toString('hex'),
    WECHAT_APP_ID: 'wx-local-app',
    WECHAT_APP_SECRET: 'local-secret',
    WECHAT_API_BASE: wechat.url,
    // The local run serves the H5 build itself: a compound's QR code opens its join page here.
    H5_BASE_URL: `http://localhost:${options.port}/`,
    DEV_LOGIN: 'on',
    WECHAT_PAY_MCH_ID: '1900000001',
    WECHAT_PAY_MCH_SERIAL: merchant.serial,
    WECHAT_PAY_API_BASE: pay.url,
    WECHAT_PAY_NOTIFY_BASE: `http://127.0.0.1:${options.port}`,
    WECHAT_PAY_SECRET: JSON.stringify({
      apiV3Key: merchant.apiV3Key,
      privateKey: merchant.privateKey,
      platformPublicKey: pay.platformPublicKey,
      platformSerial: pay.platformSerial,
    }),
    ...options.apiSettings,
  })
  const deps = await createDeps(config, {
    log: (e) => (e.level === 'error' ? console.error(JSON.stringify(e)) : undefined),
  })
  await ensureTable(createDb({ tableName: config.TABLE_NAME, region: config.AWS_REGION, endpoint: ddb.endpoint }))
  // Kept data from an older Jiayuan is brought to this one's format before anything reads it.
  await upgradeData(deps.db, { assumeFrom: keptFormat, log: (line) => console.log(`upgrading the kept data: ${line}`) })
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(path.join(dataDir, 'data-format'), `${DATA_FORMAT}\n`)
  }
  const { seeded, compoundIds } = options.empty
    ? { ...(await seedEmpty(deps.db)), compoundIds: [] }
    : await seedDemo(deps.db)
  const [main] = compoundIds
  if (options.books && main) await seedDemoLedger(deps.db, { compoundId: main, files: deps.files })
  if (options.meetings && main) await seedDemoAssembly(deps.db, { compoundId: main, files: deps.files })
  if (options.books && options.meetings && main) await seedDemoProject(deps.db, { compoundId: main })
  if (options.bulletins && seeded && main) await seedDemoBulletins(deps, { compoundId: main })
  if (options.activity && main) await seedDemoActivity(deps, { compoundId: main })
  // The street's rows rebuilt from all of the above, its criteria, a grade and a project (S1, S5).
  if (main) await seedStreetFigures(deps.db, { compoundIds, secondId: compoundIds[1] })
  // The street's 美好家园 fund: income and a grant to that project, on the fund's own chain (S4).
  if (main) await seedStreetFund(deps.db, { compoundId: main, secondId: compoundIds[1], files: deps.files })
  const server = await startApiServer(deps, {
    port: options.port,
    host: options.host,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
  })
  // The SLA sweep and the outbox consumer, which run as scheduled Lambdas in AWS.
  const jobs = startTicketJobs(deps, options.jobsEveryMs ?? 15_000)
  return {
    url: server.url,
    seeded,
    runJobs: () => jobs.runNow(),
    dynamoPid: ddb.pid,
    s3Pid: s3.pid,
    fileExists: (key) => deps.files.exists(key),
    dynamoEndpoint: ddb.endpoint,
    async stop() {
      await jobs.stop()
      await server.close()
      await wechat.close()
      await pay.close()
      await s3.close()
      await ddb.stop()
    },
  }
}
