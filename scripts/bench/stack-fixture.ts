import { createDb, onDbCreated, putMembership, type Db } from '@jiayuan/db'
import { startStack, type Stack } from '../stack'

/** Personas the workload acts as (seeded by seed-demo). */
export const BENCH_PERSONAS = [
  'resident',
  'owner',
  'co-owner',
  'grid-a',
  'staff',
  'committee',
  'committee-2',
  'admin',
] as const
export type BenchPersona = (typeof BENCH_PERSONAS)[number]

export interface Session {
  token: string
  userId: string
  roles: string[]
}

export interface Fixture {
  url: string
  /** DynamoDB Local's process, whose CPU the bench reads (cpu-split.ts). */
  dynamoPid: number | undefined
  /** A report's photo check (HeadObject on the local S3) as the API makes it, for its calls alone. */
  fileExists(key: string): Promise<boolean>
  /** A client of DynamoDB Local's of its own (no probe on it): the call count reads with it (-sharedDb: any region). */
  reader: Db
  /** The local S3's process: apart from the API's, as S3 is in AWS (scripts/stack.ts `s3Apart`). */
  s3Pid: number | undefined
  /** The stack's own Db (its SDK client), for the raw baseline. */
  db: Db
  compoundId: string
  sessions: Record<BenchPersona, Session>
  /**
   * Owners who vote in the open meeting, each from one phone: six times as many as there are connections (`BENCH_VOTERS`), so that
   * two ballots of one owner, taking turns in order, are never in flight at once (that race is
   * assembly-concurrency.test.ts's, not the ballot path's).
   */
  voters: Session[]
  /**
   * Grid workers of the queue's grid who claim tickets, each from one phone, as many as the voters for the same
   * reason (two claims of one worker in flight at once race on that worker's open count, a race
   * tickets-claim.test.ts covers). They hold the grid only while `onDuty(true)`: as staff they would
   * also be read by every report's staff Query, and a compound has a handful of staff, not sixty more.
   */
  workers: Session[]
  onDuty(on: boolean): Promise<void>
  /** An uploaded photo of the resident's, reusable across reports. */
  photoKey: string
  meetingId: string
  motionIds: string[]
  /** A ticket, an entry seq and a receipt that exist, for read routes with ids in the path. */
  ids: Record<string, string>
  /**
   * Runs the scheduled jobs now (the outbox's notices and moderation the last measurement's reports left, the
   * sweeps) and waits for them: the bench measures each route on a stack at rest.
   */
  settle(): Promise<void>
  call(
    method: string,
    path: string,
    persona: BenchPersona | null,
    body?: unknown,
  ): Promise<{ status: number; body: any }>
  stop(): Promise<void>
}

async function json(url: string, init: RequestInit): Promise<{ status: number; body: any }> {
  const res = await fetch(url, init)
  const text = await res.text()
  // File answers (a PDF, a CSV, an .xlsx template, a QR code) are kept as text; only JSON is parsed.
  const isJson = (res.headers.get('content-type') ?? '').includes('json')
  return { status: res.status, body: text ? (isJson ? JSON.parse(text) : text) : undefined }
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench setup: no ${what}`)
  return value
}

/**
 * The local stack in memory (scripts/stack.ts, with the demo books and meetings), its DynamoDB client (probed only
 * while calls are counted: call-counts.ts), personas logged in through dev login, and the few things the workload
 * needs: a photo, an open meeting, a worker cap high enough for a claim storm.
 */
export async function startFixture(): Promise<Fixture> {
  const dbs: Db[] = []
  const stopWatching = onDbCreated((db) => dbs.push(db))
  let stack: Stack
  try {
    stack = await startStack({
      port: 0,
      host: '127.0.0.1',
      books: true,
      meetings: true,
      // No jobs on a timer: the bench runs them between measurements (`settle`), not in the middle of one.
      jobsEveryMs: 24 * 3600_000,
      // S3 answers a report's photo check (HeadObject) in AWS, on none of the API's CPU: here, in its own process.
      s3Apart: true,
      // A load test is a few personas writing as fast as the machine allows: far above the per-person limit,
      // which it would measure instead of the routes. The limiter's own UpdateItem is still counted.
      // Answers are shaped as production shapes them: projected onto the contract, not also parsed and compared.
      apiSettings: {
        RATE_WRITES_PER_USER: '1000000',
        RATE_WRITES_PER_IP: '1000000',
        RATE_LOGINS_PER_IP: '100000',
        RESPONSE_CHECK: 'off',
      },
    })
  } finally {
    stopWatching()
  }
  // createDeps builds the API's Db first; the second one only ensured the table.
  const db = must(dbs[0], 'database client')
  const base = `${stack.url}/v1`
  const sessions: Partial<Record<BenchPersona, Session>> = {}
  const tokenOf = (persona: BenchPersona) => must(sessions[persona], `session of ${persona}`).token
  const call: Fixture['call'] = (method, path, persona, body) =>
    json(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(persona ? { authorization: `Bearer ${tokenOf(persona)}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const logins = await Promise.all(BENCH_PERSONAS.map((personaId) => call('POST', '/auth/dev', null, { personaId })))
  // The demo compound: the one the resident lives in.
  const compoundId = must(logins[0]?.body.memberships[0]?.compoundId as string | undefined, 'demo compound')
  BENCH_PERSONAS.forEach((persona, i) => {
    const res = logins[i]
    if (res?.status !== 200) throw new Error(`bench setup: login ${persona}: ${res?.status}`)
    const membership = (res.body.memberships as Array<{ compoundId: string; roles: string[] }>).find(
      (m) => m.compoundId === compoundId,
    )
    sessions[persona] = { token: res.body.token, userId: res.body.user.userId, roles: membership?.roles ?? [] }
  })
  const c = `/compounds/${compoundId}`

  const compound = await call('GET', c, 'admin')
  const settings = { ...compound.body.settings, maxOpenTicketsPerWorker: 1_000 }
  const put = await call('PUT', `${c}/settings`, 'admin', { settings, reason: 'bench: claim storm' })
  if (put.status !== 200) throw new Error(`bench setup: settings ${put.status} ${JSON.stringify(put.body)}`)

  const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
  const upload = await call('POST', `${c}/uploads`, 'resident', {
    purpose: 'ticket_photo',
    contentType: 'image/jpeg',
    size: jpeg.length,
  })
  const s3 = await fetch(upload.body.url, { method: 'PUT', headers: upload.body.headers, body: jpeg })
  if (s3.status !== 200) throw new Error(`bench setup: photo upload ${s3.status}`)

  const meetings = await call('GET', `${c}/meetings`, 'owner')
  // The open meeting of the whole compound: every voter the workload rotates through may vote in it (an
  // entrance's meeting would answer most of them 403 at once, which measures a refusal, not a ballot).
  const open = must(
    (meetings.body.meetings as Array<{ meetingId: string; status: string; scope?: { kind: string } }>).find(
      (m) => m.status === 'open' && (m.scope?.kind ?? 'compound') === 'compound',
    ),
    'open meeting of the whole compound',
  )
  const meeting = await call('GET', `${c}/meetings/${open.meetingId}`, 'owner')
  const motionIds = (meeting.body.motions as Array<{ motionId: string }>).map((m) => m.motionId)
  const compoundName = String(logins[0]?.body.memberships[0]?.compoundName)
  const bound = new Set(
    logins.flatMap((l) => (l?.body.memberships as Array<{ ownerId?: string }>).map((m) => m.ownerId ?? '')),
  )
  const voters = await benchVoters(db, base, call, compoundId, compoundName, bound)
  const gridIds = must(
    (logins[BENCH_PERSONAS.indexOf('grid-a')]?.body.memberships as Array<{ compoundId: string; gridIds: string[] }>)
      .find((m) => m.compoundId === compoundId)
      ?.gridIds.slice(0, 1),
    'grid of grid-a',
  )
  const workers = await Promise.all(
    Array.from({ length: BENCH_VOTERS }, (_, i) =>
      benchPerson(db, base, `压测网格员${i + 1}`, {
        compoundId,
        compoundName,
        roles: ['resident'],
        gridIds: [],
        unitIds: [],
      }),
    ),
  )
  const onDuty = async (on: boolean) => {
    for (const w of workers)
      await putMembership(db, w.userId, {
        compoundId,
        compoundName,
        roles: on ? ['resident', 'grid_worker'] : ['resident'],
        gridIds: on ? gridIds : [],
        unitIds: [],
      })
  }
  return {
    url: stack.url,
    dynamoPid: stack.dynamoPid,
    fileExists: (key) => stack.fileExists(key),
    reader: createDb({ tableName: db.table, region: 'us-east-1', endpoint: stack.dynamoEndpoint }),
    s3Pid: stack.s3Pid,
    db,
    compoundId,
    sessions: Object.fromEntries(BENCH_PERSONAS.map((p) => [p, must(sessions[p], p)])) as Record<BenchPersona, Session>,
    voters,
    workers,
    onDuty,
    photoKey: upload.body.key,
    meetingId: open.meetingId,
    motionIds,
    ids: {},
    call,
    settle: () => stack.runJobs(),
    stop: () => stack.stop(),
  }
}

/**
 * Six times the bench's 10 connections (see `Fixture.voters`): ballot.cast's 600 requests and the mix's leave each
 * voter about a dozen ballot versions per motion, as 200 requests among 20 voters did, while each measurement
 * sends 200 ballots, not 67.
 */
export const BENCH_VOTERS = 60

/**
 * New people, each bound to an owner of record with a vote (not the developer, not an owner a persona is bound
 * to) as an approved binding leaves them: a membership with the owner role, the unit and the ownerId.
 */
async function benchVoters(
  db: Db,
  base: string,
  call: Fixture['call'],
  compoundId: string,
  compoundName: string,
  bound: ReadonlySet<string>,
): Promise<Session[]> {
  const ownerships: Array<{ unitId: string; ownerId: string; isVoter: boolean }> = []
  const developers = new Set<string>()
  let cursor: string | undefined
  do {
    const page = await call(
      'GET',
      `/compounds/${compoundId}/roll?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      'committee',
    )
    if (page.status !== 200) throw new Error(`bench setup: roll ${page.status}`)
    ownerships.push(...page.body.ownerships)
    for (const o of page.body.owners as Array<{ ownerId: string; isDeveloper: boolean }>)
      if (o.isDeveloper) developers.add(o.ownerId)
    cursor = page.body.nextCursor ?? undefined
  } while (cursor)
  const seen = new Set<string>()
  const picked = ownerships.filter((o) => {
    if (!o.isVoter || developers.has(o.ownerId) || bound.has(o.ownerId) || seen.has(o.ownerId)) return false
    seen.add(o.ownerId)
    return true
  })
  if (picked.length < BENCH_VOTERS) throw new Error(`bench setup: only ${picked.length} owners with a vote to bind`)
  return Promise.all(
    picked.slice(0, BENCH_VOTERS).map(({ unitId, ownerId }, i) =>
      benchPerson(db, base, `压测业主${i + 1}`, {
        compoundId,
        compoundName,
        roles: ['resident', 'owner'],
        gridIds: [],
        unitIds: [unitId],
        ownerId,
      }),
    ),
  )
}

/** A new person (dev login) with the membership given, and a token issued after it. */
async function benchPerson(
  db: Db,
  base: string,
  displayName: string,
  membership: Parameters<typeof putMembership>[2],
): Promise<Session> {
  const made = await json(`${base}/auth/dev/new`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName }),
  })
  if (made.status !== 200) throw new Error(`bench setup: new person ${made.status}`)
  const userId = String(made.body.user.userId)
  await putMembership(db, userId, membership)
  const again = await json(`${base}/auth/refresh`, {
    method: 'POST',
    headers: { authorization: `Bearer ${made.body.token}` },
  })
  if (again.status !== 200) throw new Error(`bench setup: refresh ${again.status}`)
  return { token: String(again.body.token), userId, roles: [...membership.roles] }
}
