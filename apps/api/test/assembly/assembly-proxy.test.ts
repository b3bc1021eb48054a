import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

let k: AssemblyKit
let meetingId: string
beforeAll(async () => {
  k = await startAssembly()
  meetingId = (await k.opened()).meetingId
})
afterAll(async () => k.h.close())

const ZHANGWEI = 'o-zhangwei'
const ELDER = 'o-b1-1-102'

const proxyVote = async (token: string, body: Record<string, unknown>) =>
  k.h.request('POST', k.path(meetingId, '/proxy-ballots'), {
    token,
    body: { principalId: ZHANGWEI, choices: paper('yes'), idempotencyKey: idem('proxy'), ...body },
  })
const held = async () =>
  (await k.h.request('GET', k.path(meetingId, '/ballots/mine'), { token: await k.as('resident') })).body.proxyFor
const stateOf = async (principalId: string) =>
  (await held()).find((p: { principalId: string }) => p.principalId === principalId)?.state

/**
 * 王芳 holds the signed letters of 张伟 and of an elderly owner of 1-1-102 (DOMAIN V6, V15): she sees whom she
 * votes for, casts each ballot, is refused for anyone else and for bad input in words naming the field, and is
 * told when 张伟 takes his vote back by voting himself.
 */
describe('a proxy holder votes for each principal', () => {
  it('shows the holder each principal in full with units, letter and state, before any ballot', async () => {
    const committee = await k.as('committee')
    for (const principalId of [ZHANGWEI, ELDER]) {
      const letterKey = await k.upload(committee, 'ballot_scan')
      const res = await k.h.request('POST', k.path(meetingId, '/proxies'), {
        token: committee,
        body: { principalId, holderUserId: `${k.h.prefix}u-resident`, letterKey },
      })
      expect(res.status).toBe(201)
    }
    const principals = await held()
    expect(principals).toHaveLength(2)
    expect(principals.find((p: { principalId: string }) => p.principalId === ZHANGWEI)).toMatchObject({
      name: '张伟',
      unitLabels: ['1-1-301'],
      state: 'not_cast',
      ballots: [],
    })
    expect(principals[0].area).toBeGreaterThan(0)
    expect(Date.parse(principals[0].letterRegisteredAt)).toBe(k.clock.now().getTime())
  })

  it('answers bad input 400 in words naming the field, and a principal without a letter 403', async () => {
    const holder = await k.as('resident')
    const missing = await proxyVote(holder, { principalId: undefined })
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.principalId', message: '请选择代投的委托人' }] } },
    })
    expect(missing.body.error.message).toBe('body.principalId: 请选择代投的委托人')
    expect((await proxyVote(holder, { principalId: '张伟' })).body.error.details[0]).toEqual({
      field: 'body.principalId',
      message: '委托人编号无效',
    })
    expect((await proxyVote(holder, { choices: [] })).body.error.details[0]).toEqual({
      field: 'body.choices',
      message: '请至少对一项议题作出选择',
    })
    expect((await proxyVote(holder, { choices: [{ motionId: 'm1', choice: 'maybe' }] })).body.error.details[0]).toEqual(
      { field: 'body.choices.0.choice', message: '请选择同意、反对或弃权' },
    )
    const stranger = await proxyVote(holder, { principalId: 'o-b1-2-101' })
    expect(stranger).toMatchObject({
      status: 403,
      body: { error: { message: '你没有这位业主的书面委托，不能代为投票' } },
    })
    expect((await proxyVote(await k.as('committee'), {})).status).toBe(403)
    expect(await stateOf(ZHANGWEI)).toBe('not_cast')
  })

  it('casts each principal’s ballot with receipts; the states say cast', async () => {
    const holder = await k.as('resident')
    for (const principalId of [ZHANGWEI, ELDER]) {
      const res = await proxyVote(holder, { principalId })
      expect(res.status).toBe(201)
      expect(res.body.ballots.map((b: { channel: string; current: boolean }) => [b.channel, b.current])).toEqual([
        ['proxy', true],
        ['proxy', true],
      ])
    }
    expect(await stateOf(ZHANGWEI)).toBe('cast')
    expect(await stateOf(ELDER)).toBe('cast')
  })

  it('lets 张伟 vote himself over it: he sees his own ballot counted, the holder sees hers overridden', async () => {
    const zhang = await k.as('co-owner')
    const direct = await k.h.request('POST', k.path(meetingId, '/ballots'), {
      token: zhang,
      body: { choices: paper('no'), idempotencyKey: idem('direct') },
    })
    expect(direct.status).toBe(201)
    const his = (await k.h.request('GET', k.path(meetingId, '/ballots/mine'), { token: zhang })).body.ballots
    const counted = (channel: string) =>
      his
        .filter((b: { channel: string; current: boolean }) => b.channel === channel)
        .map((b: { current: boolean }) => b.current)
    expect(counted('proxy')).toEqual([false, false])
    expect(counted('online')).toEqual([true, true])
    expect(await stateOf(ZHANGWEI)).toBe('overridden')
    expect(await stateOf(ELDER)).toBe('cast')
    const mine = (await held()).find((p: { principalId: string }) => p.principalId === ZHANGWEI)
    expect(mine.ballots.every((b: { current: boolean }) => !b.current)).toBe(true)
    const again = await proxyVote(await k.as('resident'), {})
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'PrincipalVotedDirectly' } } })
  })
})
