import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import {
  AccessChanged,
  getMembership,
  guardedDb,
  instrumentDb,
  isMembershipRead,
  keys,
  membershipGuard,
  transactRetryingConflicts,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'
import { anotherInstance, setMembershipSet } from './another-instance'
import { act, report, reportOk, ticketsPath, uploadPhoto } from '../tickets/tickets-kit'

/**
 * The writes people make most (a report, a worker's step, a ballot) carry their access check in their own
 * transaction (packages/db access-guard.ts): let in on the warm instance's copy of the caller's membership, they
 * land only if that membership is still the same when they commit. "Another instance" is a client this API does
 * not know, as in membership-cache.test.ts: its writes do not reach this instance's copies.
 */
let h: Harness
const elsewhere = anotherInstance()
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  elsewhere.destroy()
  await h.close()
})

const setElsewhere = (userId: string, field: 'roles' | 'gridIds', values: readonly string[]) =>
  setMembershipSet(elsewhere, { userId, compoundId: h.compoundId }, field, values)

/** The ticket as stored, with its version and its events: what a refused write must leave as it was. */
async function stored(ticketId: string) {
  const ticket = await elsewhere.send(
    new GetCommand({ TableName: testEnv.tableName, Key: keys.ticket(h.compoundId, ticketId), ConsistentRead: true }),
  )
  const partition = await elsewhere.send(
    new QueryCommand({
      TableName: testEnv.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.ticketPartition(h.compoundId, ticketId) },
      ConsistentRead: true,
    }),
  )
  return { status: ticket.Item?.status, ver: ticket.Item?.ver, items: partition.Count }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const warm = (token: string) => h.request('GET', `/v1/compounds/${h.compoundId}`, { token })

describe('a write whose transaction carries its access check', () => {
  it('starts on the warm copy of the membership, with no read of it, and lands while it is unchanged', async () => {
    const ticketId = await reportOk(h, (await h.login('resident')).token)
    const worker = await h.login('grid-a')
    await warm(worker.token)
    const probe = instrumentDb(h.deps.db)
    const claim = await act(h, worker.token, ticketId, { type: 'claim' })
    probe.detach()
    expect(claim.status).toBe(200)
    expect(probe.calls.filter(isMembershipRead)).toEqual([])
  })

  it('a role taken away on another instance after the copy: refused with 403, and nothing of the step written', async () => {
    const ticketId = await reportOk(h, (await h.login('resident')).token)
    const worker = await h.login('grid-a')
    await warm(worker.token)
    const before = await stored(ticketId)
    await setElsewhere(worker.user.userId, 'roles', ['resident'])
    try {
      const claim = await act(h, worker.token, ticketId, { type: 'claim' })
      expect(claim.status).toBe(403)
      expect(await stored(ticketId)).toEqual(before)
      expect(before.status).toBe('submitted')
    } finally {
      await setElsewhere(worker.user.userId, 'roles', ['resident', 'grid_worker'])
    }
  })

  it('a grid taken away on another instance: the step is decided again on the membership as it is now', async () => {
    const ticketId = await reportOk(h, (await h.login('resident')).token)
    const worker = await h.login('grid-a')
    await warm(worker.token)
    const before = await stored(ticketId)
    const grids = (await getMembership(h.deps.db, worker.user.userId, h.compoundId, { consistent: true }))?.gridIds
    await setElsewhere(worker.user.userId, 'gridIds', ['grid-b'])
    try {
      const claim = await act(h, worker.token, ticketId, { type: 'claim' })
      expect(claim.status).toBeGreaterThanOrEqual(400)
      expect(claim.status).toBeLessThan(500)
      expect(await stored(ticketId)).toEqual(before)
    } finally {
      await setElsewhere(worker.user.userId, 'gridIds', grids ?? ['grid-a'])
    }
  })

  it('holds on memberships with an owner id, units and a committee term (sets and a map compared by content)', async () => {
    for (const persona of ['owner', 'committee', 'co-owner']) {
      const person = await h.login(persona)
      await warm(person.token)
      const probe = instrumentDb(h.deps.db)
      const res = await report(h, person.token)
      probe.detach()
      expect({ persona, status: res.status }).toEqual({ persona, status: 201 })
    }
  })

  it('reports racing the reporter’s removal: each one either lands whole or is refused with nothing written', async () => {
    const resident = await h.login('resident')
    const before = await mine(resident.token)
    await warm(resident.token)
    // Photos uploaded first (an upload is a write of its own); then eight reports, 40 ms apart, as the role goes.
    const photos = await Promise.all(Array.from({ length: 8 }, () => uploadPhoto(h, resident.token)))
    const racing = photos.map(async (photo, i) => {
      await sleep(i * 40)
      return h.request('POST', ticketsPath(h), {
        token: resident.token,
        body: {
          category: 'repair',
          location: { kind: 'unit', unitId: 'b2-1-201' },
          description: '楼道灯不亮',
          photoKeys: [photo],
          idempotencyKey: `race-${Date.now()}-${i}`,
        },
      })
    })
    await sleep(150)
    await setElsewhere(resident.user.userId, 'roles', [])
    const answers = await Promise.all(racing)
    await setElsewhere(resident.user.userId, 'roles', ['resident'])
    const landed = answers.filter((a) => a.status === 201).length
    console.log(`racing the removal: ${landed} of 8 reports landed, ${8 - landed} refused`)
    for (const a of answers) expect([201, 403]).toContain(a.status)
    expect((await mine(resident.token)) - before).toBe(landed)
  })

  it('refuses a write outside a transaction before the guarded one, and lets the request’s follow-ups through after it', async () => {
    const resident = await h.login('resident')
    const m = await getMembership(h.deps.db, resident.user.userId, h.compoundId, { consistent: true })
    if (!m) throw new Error('no membership')
    const db = guardedDb(h.deps.db, membershipGuard(h.deps.db, resident.user.userId, m))
    const item = (sk: string) => ({ PK: `GUARD-TEST#${resident.user.userId}`, SK: sk, type: 'guard_test' })
    await expect(db.doc.send(new PutCommand({ TableName: db.table, Item: item('a') }))).rejects.toThrow(
      /before the transaction/,
    )
    await transactRetryingConflicts(db, [{ Put: { TableName: db.table, Item: item('b') } }])
    await db.doc.send(new PutCommand({ TableName: db.table, Item: item('c') }))
    // Follow-ups after the first guarded transaction go as they are, even once the membership has changed.
    await setElsewhere(resident.user.userId, 'gridIds', ['grid-z'])
    try {
      await transactRetryingConflicts(db, [{ Put: { TableName: db.table, Item: item('e') } }])
    } finally {
      await setElsewhere(resident.user.userId, 'gridIds', m.gridIds)
    }
    // A guard on a membership that has since changed refuses the transaction as AccessChanged.
    const stale = guardedDb(h.deps.db, membershipGuard(h.deps.db, resident.user.userId, { ...m, gridIds: ['x'] }))
    await expect(transactRetryingConflicts(stale, [{ Put: { TableName: db.table, Item: item('d') } }])).rejects.toThrow(
      AccessChanged,
    )
    const written = await elsewhere.send(
      new QueryCommand({
        TableName: testEnv.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `GUARD-TEST#${resident.user.userId}` },
      }),
    )
    expect((written.Items ?? []).map((i) => i.SK).sort()).toEqual(['b', 'c', 'e'])
  })
})

/** How many reports the person has (我的报修's counts). */
async function mine(token: string): Promise<number> {
  let count = 0
  let cursor: string | null | undefined
  do {
    const res = await h.request(
      'GET',
      ticketsPath(h, `/mine?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
      { token },
    )
    count += res.body.reported.length
    cursor = res.body.nextCursor
  } while (cursor)
  return count
}

describe('a ledger posting whose chain transaction carries the poster’s access check', () => {
  const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
  const income = (key: string) => ({
    category: 'parking',
    amountFen: 1200,
    counterparty: '和谐停车管理有限公司',
    memo: '临时停车费',
    idempotencyKey: key,
  })
  const chainLength = async () => {
    const head = await elsewhere.send(
      new GetCommand({ TableName: testEnv.tableName, Key: keys.chainHead(h.compoundId), ConsistentRead: true }),
    )
    return Number(head.Item?.seq ?? 0)
  }

  it('posts on the warm copy of the staff member’s membership, with no read of it, in one transaction', async () => {
    const staff = await h.login('staff')
    await warm(staff.token)
    // The first posting takes the person's rate-limit lease; the second is as under load.
    expect(
      (await h.request('POST', url('/public-income'), { token: staff.token, body: income(`warm-${Date.now()}-1`) }))
        .status,
    ).toBe(201)
    const probe = instrumentDb(h.deps.db)
    const posted = await h.request('POST', url('/public-income'), {
      token: staff.token,
      body: income(`warm-${Date.now()}-2`),
    })
    probe.detach()
    expect(posted.status).toBe(201)
    expect(probe.calls.filter(isMembershipRead)).toEqual([])
    // Besides the rate limiter's counters (a lease runs per person and per address).
    const own = probe.calls.filter((c) => !c.target?.startsWith('RATE#'))
    expect(own.map((c) => c.command)).toEqual(['TransactWriteItems'])
  })

  it('postings racing the staff member’s removal: each one lands whole or is refused, and the chain holds the landed', async () => {
    const staff = await h.login('staff')
    const roles = (await getMembership(h.deps.db, staff.user.userId, h.compoundId, { consistent: true }))?.roles ?? []
    await warm(staff.token)
    const before = await chainLength()
    const racing = Array.from({ length: 8 }, async (_, i) => {
      await sleep(i * 30)
      return h.request('POST', url('/public-income'), { token: staff.token, body: income(`race-${Date.now()}-${i}`) })
    })
    await sleep(100)
    await setElsewhere(staff.user.userId, 'roles', ['resident'])
    const answers = await Promise.all(racing)
    await setElsewhere(staff.user.userId, 'roles', roles)
    const landed = answers.filter((a) => a.status === 201).length
    console.log(`racing the removal: ${landed} of 8 postings landed, ${8 - landed} refused`)
    for (const a of answers) expect([201, 403]).toContain(a.status)
    expect(answers.at(-1)?.status).toBe(403)
    expect((await chainLength()) - before).toBe(landed)
  })
})
