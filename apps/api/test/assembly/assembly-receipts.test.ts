import { DeleteCommand } from '@aws-sdk/lib-dynamodb'
import type { BallotList } from '@jiayuan/contracts'
import { instrumentDb, isMembershipRead, keys, type DbProbe } from '@jiayuan/db'
import { checkReceipt } from '@jiayuan/domain'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

let k: AssemblyKit
let probe: DbProbe
beforeAll(async () => {
  k = await startAssembly()
  probe = instrumentDb(k.h.deps.db)
})
afterAll(async () => {
  probe.detach()
  await k.h.close()
})

/**
 * DOMAIN V11: a receipt is checked by the index written at close, not by reading the whole log; the answer is
 * the one the full check gives against the published list, for direct, changed, proxy and paper ballots.
 */
describe('checking one receipt by its index (A8b)', () => {
  let meetingId: string
  let list: BallotList
  let token: string
  const superseded: string[] = []

  it('seals a vote with direct, changed, proxy and paper ballots', async () => {
    const meeting = await k.opened()
    meetingId = meeting.meetingId
    const vote = async (t: string, choices: unknown) =>
      k.h.request('POST', k.path(meetingId, '/ballots'), { token: t, body: { choices, idempotencyKey: idem('vote') } })
    const owner = await k.as('owner')
    const first = await vote(owner, paper('yes'))
    superseded.push(first.body.ballots[0].receipt)
    k.clock.advance(60_000)
    expect((await vote(owner, paper('no'))).status).toBe(201)
    expect((await vote(await k.as('co-owner'), paper('abstain'))).status).toBe(201)

    const committee = await k.as('committee')
    const letterKey = await k.upload(committee, 'ballot_scan')
    const proxy = await k.h.request('POST', k.path(meetingId, '/proxies'), {
      token: committee,
      body: { principalId: 'o-b1-1-102', holderUserId: `${k.h.prefix}u-resident`, letterKey },
    })
    expect(proxy.status).toBe(201)
    const byProxy = await k.h.request('POST', k.path(meetingId, '/proxy-ballots'), {
      token: await k.as('resident'),
      body: { principalId: 'o-b1-1-102', choices: paper('yes'), idempotencyKey: idem('proxy') },
    })
    superseded.push(byProxy.body.ballots[0].receipt)
    const principal = await k.person('p102', {
      roles: ['resident', 'owner'],
      ownerId: 'o-b1-1-102',
      unitIds: ['b1-1-102'],
    })
    expect((await vote(principal, paper('no'))).status).toBe(201)

    const scanKey = await k.upload(committee, 'ballot_scan')
    const entered = await k.h.request('POST', k.path(meetingId, '/paper-ballots'), {
      token: committee,
      body: { subjectId: 'o-b1-1-201', choices: paper('yes'), scanKey, idempotencyKey: idem('paper') },
    })
    expect(entered.status).toBe(201)
    await k.close(meeting)
    token = await k.as('committee')
    list = await k.wholeList(meetingId, token)
    expect(list.entries.map((e) => e.payload.channel).sort()).toEqual([
      'online',
      'online',
      'online',
      'online',
      'online',
      'online',
      'online',
      'online',
      'paper',
      'paper',
      'proxy',
      'proxy',
    ])
  })

  const check = async (receipt: string) => {
    probe.reset()
    const res = await k.h.request('GET', k.path(meetingId, `/receipts/${receipt}`), { token })
    expect(res.status).toBe(200)
    // The route's own reads: the access check's membership read is made on a cold instance only.
    return { body: res.body, calls: probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command) }
  }
  const unknown = 'ab'.repeat(32)

  it('answers every receipt as the full list does, in three reads (the meeting, the index, the log around it)', async () => {
    for (const { payload } of list.entries) {
      const { body, calls } = await check(payload.receipt)
      expect(body).toEqual(checkReceipt(payload.receipt, list))
      expect(calls).toEqual(['GetItem', 'GetItem', 'Query'])
    }
    for (const receipt of superseded)
      expect((await check(receipt)).body).toMatchObject({ found: true, chainOk: true, intact: true, counted: false })
    const upper = await check(superseded[0]?.toUpperCase() ?? '')
    expect(upper.body).toEqual(checkReceipt(superseded[0] ?? '', list))
    const missing = await check(unknown)
    expect(missing).toEqual({ body: checkReceipt(unknown, list), calls: ['GetItem', 'GetItem', 'GetItem'] })
  })

  it('falls back to the whole log for a meeting sealed before the index, with the same answers', async () => {
    const send = (Key: Record<string, string>) =>
      k.h.deps.db.doc.send(new DeleteCommand({ TableName: k.h.deps.db.table, Key }))
    await send(keys.receiptIndexComplete(k.h.compoundId, meetingId))
    for (const { payload } of list.entries) await send(keys.receiptIndex(k.h.compoundId, meetingId, payload.receipt))
    for (const receipt of [...list.entries.map((e) => e.payload.receipt), unknown]) {
      const { body, calls } = await check(receipt)
      expect(body).toEqual(checkReceipt(receipt, list))
      // The meeting, the missing index item and marker, then what every check cost before the index: the
      // list's header (frozen roll, motions, current roll) and the whole log, each paged as it grows.
      expect(calls).toEqual(['GetItem', 'GetItem', 'GetItem', 'Query', 'Query', 'Query', 'Query'])
    }
  })
})
