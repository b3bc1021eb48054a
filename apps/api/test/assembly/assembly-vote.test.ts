import type { Ballot, BallotList, VoteChoice } from '@jiayuan/contracts'
import { getMeetingRecord } from '@jiayuan/db'
import { buildVotingRoll, checkReceipt, motionOutcome, tally, verifyBallotList } from '@jiayuan/domain'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

let k: AssemblyKit
let meeting: any
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const DAY = 86_400_000
const vote = async (token: string, choices: unknown, idempotencyKey = idem('vote')) =>
  k.h.request('POST', k.path(meeting.meetingId, '/ballots'), { token, body: { choices, idempotencyKey } })
const mine = async (token: string) =>
  (await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token })).body
const ballotCount = async (token: string) => (await mine(token)).ballots.length

/** What each voter's last counted choice should be at the end of this file, motion by motion. */
const expected = new Map<string, VoteChoice>()
const receipts: Record<string, string> = {}

describe('an owners’ assembly vote from notice to final result', () => {
  it('refuses a ballot before voting opens, and writes nothing', async () => {
    meeting = await k.noticed()
    const early = await vote(await k.as('owner'), paper('yes'))
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'VotingNotOpen' } } })
    k.clock.to(meeting.votingOpensAt)
    meeting = (await k.h.request('POST', k.path(meeting.meetingId, '/open'), { token: await k.as('committee') })).body
    expect(await ballotCount(await k.as('owner'))).toBe(0)
  })

  it('lets only owners of record on the frozen roll vote; a co-owner who is not the named voter is told why', async () => {
    for (const persona of ['resident', 'newcomer', 'staff', 'grid-a']) {
      const res = await vote(await k.as(persona), paper('yes'))
      expect([persona, res.status]).toEqual([persona, 403])
    }
    const liuyang = await k.person('liuyang', {
      roles: ['resident', 'owner'],
      ownerId: 'o-liuyang',
      unitIds: ['b1-1-301'],
    })
    const refused = await vote(liuyang, paper('no'))
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'NotNamedVoter' } } })
    expect(refused.body.error.message).toContain('投票人')
    expect((await mine(liuyang)).eligibility).toMatchObject({ canVote: false, code: 'NotNamedVoter' })
    const tenant = await mine(await k.as('resident'))
    expect(tenant.eligibility).toMatchObject({ canVote: false, code: 'NotAnOwner' })

    const zhangwei = await vote(await k.as('co-owner'), paper('yes'))
    expect(zhangwei).toMatchObject({ status: 201, body: { subjectId: 'o-zhangwei', replayed: false } })
    expected.set('o-zhangwei', 'yes')
  })

  it('keeps every version, counts the last, and a retried request writes nothing new (V6, V7)', async () => {
    const owner = await k.as('owner')
    const first = await vote(owner, paper('yes'), 'owner-first-ballot')
    expect(first.status).toBe(201)
    expect(first.body.ballots).toEqual([
      expect.objectContaining({ motionId: 'm1', choice: 'yes', channel: 'online', version: 1, current: true }),
      expect.objectContaining({ motionId: 'm2', choice: 'yes', version: 1, current: true }),
    ])
    receipts.first = first.body.ballots[0].receipt
    const retry = await vote(owner, paper('yes'), 'owner-first-ballot')
    expect(retry.body).toMatchObject({ replayed: true, ballots: first.body.ballots })

    k.clock.advance(60_000)
    const changed = await vote(owner, [
      { motionId: 'm1', choice: 'no' },
      { motionId: 'm2', choice: 'abstain' },
    ])
    expect(changed.body.ballots.map((b: { version: number; current: boolean }) => [b.version, b.current])).toEqual([
      [2, true],
      [2, true],
    ])
    receipts.changed = changed.body.ballots[0].receipt
    const history = (await mine(owner)).ballots
    expect(
      history.map((b: { motionId: string; version: number; current: boolean }) => [b.motionId, b.version, b.current]),
    ).toEqual([
      ['m1', 1, false],
      ['m2', 1, false],
      ['m1', 2, true],
      ['m2', 2, true],
    ])
    expected.set('o-lijianguo', 'no')

    expect((await vote(owner, [{ motionId: 'm9', choice: 'yes' }])).body.error).toMatchObject({
      code: 'MotionNotInNotice',
    })
    const twice = await vote(owner, [
      { motionId: 'm1', choice: 'yes' },
      { motionId: 'm1', choice: 'no' },
    ])
    expect(twice).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.choices' }] } } })
    expect((await vote(owner, [{ motionId: 'm1', choice: 'maybe' }])).body.error.details[0].field).toBe(
      'body.choices.0.choice',
    )
    expect(await ballotCount(owner)).toBe(4)
  })

  it('registers proxies within the cap; a proxy votes for principals and the principal’s own vote overrides it', async () => {
    const committee = await k.as('committee')
    const letter = await k.upload(committee, 'ballot_scan')
    const holder = `${k.h.prefix}u-resident`
    const register = async (principalId: string, letterKey = letter) =>
      k.h.request('POST', k.path(meeting.meetingId, '/proxies'), {
        token: await k.as('committee'),
        body: { principalId, holderUserId: holder, letterKey },
      })
    for (const principal of ['o-b1-1-102', 'o-b1-1-201', 'o-b1-1-202'])
      expect((await register(principal)).status).toBe(201)
    expect((await register('o-b1-1-102')).status).toBe(201)
    expect(await register('o-b1-2-101')).toMatchObject({ status: 422, body: { error: { code: 'ProxyCapReached' } } })
    expect(
      (await register('o-b1-2-101', `${k.h.compoundId}/ballot_scan/x/missing.png`)).body.error.details[0].field,
    ).toBe('body.letterKey')
    expect((await register('o-b1-1-301')).body.error.code).toBe('NotAVotingSubject')

    const proxyVote = async (principalId: string, choice: VoteChoice) =>
      k.h.request('POST', k.path(meeting.meetingId, '/proxy-ballots'), {
        token: await k.as('resident'),
        body: { principalId, choices: paper(choice), idempotencyKey: idem('proxy') },
      })
    expect((await proxyVote('o-b1-1-102', 'yes')).body.ballots[0]).toMatchObject({ channel: 'proxy', current: true })
    expect((await proxyVote('o-b1-1-202', 'yes')).status).toBe(201)
    expect((await proxyVote('o-b1-2-101', 'yes')).status).toBe(403)
    expected.set('o-b1-1-202', 'yes')

    const principal = await k.person('p102', {
      roles: ['resident', 'owner'],
      ownerId: 'o-b1-1-102',
      unitIds: ['b1-1-102'],
    })
    const direct = await vote(principal, paper('no'))
    expect(direct.body.ballots[0]).toMatchObject({ channel: 'online', version: 2, current: true })
    expected.set('o-b1-1-102', 'no')
    expect((await proxyVote('o-b1-1-102', 'yes')).body.error.code).toBe('PrincipalVotedDirectly')

    const held = await mine(await k.as('resident'))
    expect(held.proxyFor.map((p: { principalId: string }) => p.principalId)).toEqual([
      'o-b1-1-102',
      'o-b1-1-201',
      'o-b1-1-202',
    ])
    expect(held.proxyFor[0]).toMatchObject({ unitLabels: ['1-1-102'], state: 'overridden' })
    expect(held.proxyFor[0].ballots.map((b: { current: boolean }) => b.current)).toEqual([false, false])
    const list = await k.h.request('GET', k.path(meeting.meetingId, '/proxies'), { token: await k.as('committee') })
    expect(list.body.proxies).toHaveLength(3)
    // On file for the committee: who authorised whom, names masked (P1), the principal's units shown.
    expect(list.body.proxies[0]).toMatchObject({ principalUnitLabels: [expect.any(String)] })
    for (const p of list.body.proxies) {
      expect(p.principalMaskedName).toMatch(/\*/)
      expect(p.holderMaskedName).toMatch(/\*/)
    }
  })

  it('takes a signed paper ballot entered by the committee with its photo', async () => {
    const committee = await k.as('committee')
    const scanKey = await k.upload(committee, 'ballot_scan')
    const enter = async (body: Record<string, unknown>, token = committee) =>
      k.h.request('POST', k.path(meeting.meetingId, '/paper-ballots'), {
        token,
        body: { subjectId: 'o-b1-1-201', choices: paper('yes'), scanKey, idempotencyKey: idem('paper'), ...body },
      })
    expect((await enter({ scanKey: 'nope' })).body.error.details[0].field).toBe('body.scanKey')
    expect((await enter({ subjectId: 'o-nobody' })).body.error).toMatchObject({
      code: 'NotOnFrozenRoll',
      details: { field: 'body.subjectId' },
    })
    expect((await enter({}, await k.as('owner'))).status).toBe(403)
    const entered = await enter({})
    expect(entered).toMatchObject({
      status: 201,
      body: { subjectId: 'o-b1-1-201', ballots: [{ channel: 'paper', current: true }, { channel: 'paper' }] },
    })
    expected.set('o-b1-1-201', 'yes')
  })

  it('shows live turnout and whether each motion would pass, by area and headcount', async () => {
    const turnout = await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: await k.as('resident') })
    expect(turnout.body).toMatchObject({ sealed: false, status: 'open' })
    const [m1] = turnout.body.motions
    expect(m1.raw).toMatchObject({
      participatingHeads: expected.size,
      yesHeads: 3,
      noHeads: 2,
      quorum: { met: false },
      passed: false,
    })
    expect(m1.quorumShortfall.heads).toBe(Math.floor((2 * m1.totalHeads + 2) / 3) - expected.size)
  })

  it('closes only after the window, then refuses ballots and writes nothing', async () => {
    const close = async () =>
      k.h.request('POST', k.path(meeting.meetingId, '/close'), { token: await k.as('committee') })
    k.clock.to(meeting.votingClosesAt)
    expect(await vote(await k.as('owner'), paper('yes'))).toMatchObject({
      status: 409,
      body: { error: { code: 'VotingClosed' } },
    })
    expect(await close()).toMatchObject({ status: 422, body: { error: { code: 'VotingWindowNotOver' } } })
    const closed = await k.close(meeting)
    expect(closed).toMatchObject({
      status: 'closed',
      ballotLog: { count: 14, channels: { online: 8, paper: 2, proxy: 4 } },
    })
    expect(closed.ballotLog.headHash).toMatch(/^[0-9a-f]{64}$/)
    meeting = closed
    const owner = await k.as('owner')
    expect((await vote(owner, paper('yes'))).body.error.code).toBe('VotingClosed')
    expect(await ballotCount(owner)).toBe(4)
    expect((await close()).status).toBe(409)
  })

  it('publishes a preliminary result, takes objections in the window, then the final result with every number (V10)', async () => {
    const owner = await k.as('owner')
    expect((await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: owner })).body.error.code).toBe(
      'ResultNotPublished',
    )
    expect(
      (await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('committee') })).body.status,
    ).toBe('closed')
    const prelim = await k.h.request('POST', k.path(meeting.meetingId, '/preliminary'), {
      token: await k.as('committee'),
      body: { objectionDays: 3 },
    })
    expect(prelim).toMatchObject({ status: 200, body: { status: 'preliminary' } })
    expect(Date.parse(prelim.body.objectionDeadline) - k.clock.now().getTime()).toBe(3 * DAY)

    const objection = { text: '我的纸质选票没有被录入', idempotencyKey: 'objection-0001' }
    const filed = await k.h.request('POST', k.path(meeting.meetingId, '/objections'), { token: owner, body: objection })
    expect(filed).toMatchObject({ status: 201, body: { text: objection.text, userId: `${k.h.prefix}u-owner` } })
    expect(
      (await k.h.request('POST', k.path(meeting.meetingId, '/objections'), { token: owner, body: objection })).body
        .objectionId,
    ).toBe(filed.body.objectionId)
    expect(
      (
        await k.h.request('POST', k.path(meeting.meetingId, '/objections'), {
          token: await k.as('resident'),
          body: objection,
        })
      ).status,
    ).toBe(403)
    const final = async (body: Record<string, unknown>) =>
      k.h.request('POST', k.path(meeting.meetingId, '/final'), { token: await k.as('committee'), body })
    expect((await final({})).body.error.code).toBe('ObjectionWindowRunning')

    k.clock.to(prelim.body.objectionDeadline)
    const late = await k.h.request('POST', k.path(meeting.meetingId, '/objections'), {
      token: await k.as('owner'),
      body: { ...objection, idempotencyKey: 'objection-0002' },
    })
    expect(late.body.error.code).toBe('ObjectionWindowClosed')
    expect(await final({ note: '已核对' })).toMatchObject({
      status: 422,
      body: { error: { code: 'ObjectionsAwaitingAnswer', details: { unanswered: 1 } } },
    })

    const ownerNow = await k.as('owner')
    // Two committee members answer the one objection at the same moment: exactly one answer stands.
    const answerPath = k.path(meeting.meetingId, `/objections/${filed.body.objectionId}/answer`)
    const answers = await Promise.all(
      ['committee', 'committee-2'].map(async (p, i) =>
        k.h.request('POST', answerPath, {
          token: await k.as(p),
          body: {
            upheld: false,
            text: i === 0 ? '经核对，您的纸质选票已于截止前录入（第 9 号）' : '已核实，选票已计入',
          },
        }),
      ),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
    const won = answers.find((a) => a.status === 200)?.body
    expect(won.answer).toMatchObject({ upheld: false })
    expect(
      (await k.h.request('POST', answerPath, { token: ownerNow, body: { upheld: true, text: '自己答' } })).status,
    ).toBe(403)
    expect(
      (await k.h.request('POST', answerPath, { token: await k.as('committee'), body: { upheld: true, text: ' ' } }))
        .body.error.details,
    ).toEqual([{ field: 'body.text', message: '请写明答复内容' }])
    // The objector reads the answer on the result page (their own objections) and is told in 消息.
    const mine = (await k.h.request('GET', k.path(meeting.meetingId, '/objections'), { token: ownerNow })).body
    expect(mine.objections).toEqual([
      expect.objectContaining({ answer: expect.objectContaining({ text: won.answer.text }) }),
    ])
    const inbox = (await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: ownerNow })).body
    expect(inbox.messages[0]).toMatchObject({ kind: 'objection_answered', link: { to: 'result' } })
    expect(inbox.messages[0].body).toContain(won.answer.text)

    expect(await final({})).toMatchObject({
      status: 422,
      body: { error: { code: 'ObjectionsUnanswered', details: { field: 'body.note' } } },
    })
    expect((await final({ note: '经核对，该业主的纸质选票已于截止前录入（见第 9 号选票）' })).body.status).toBe('final')

    const result = (await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('owner') })).body
    expect(result).toMatchObject({
      status: 'final',
      rollHash: meeting.rollHash,
      objections: 1,
      ballotLog: meeting.ballotLog,
      followMajority: { enabled: false },
    })

    // The same numbers, counted independently: the roll as it stands (unchanged since opening) and the choices above.
    const roll = await wholeRoll(k.h, await k.as('committee'), k.h.compoundId)
    const voting = buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false })
    const ballots: Ballot[] = [...expected].flatMap(([subjectId, choice], i) =>
      ['m1', 'm2'].map((motionId, j) => ({
        seq: i * 2 + j,
        subjectId,
        motionId,
        choice: subjectId === 'o-lijianguo' && motionId === 'm2' ? 'abstain' : choice,
        channel: 'online',
        castAt: meeting.votingOpensAt,
      })),
    )
    for (const [i, matterType] of [4, 6].entries()) {
      const independent = tally(voting, ballots, {
        motionId: `m${i + 1}`,
        matterType: matterType as 4 | 6,
        followMajority: false,
      })
      expect(result.motions[i]).toEqual({ ...independent, title: meeting.motions[i].title })
    }
    // What another context (the ledger's F3 check) reads: only a final result, the counted tally.
    const stored = await getMeetingRecord(k.h.deps.db, k.h.compoundId, meeting.meetingId)
    expect(stored && motionOutcome(stored, 'm1')).toEqual({ matterType: 4, passed: false, final: true })
  })

  it('gives every voter a receipt they can check against the published list, names masked (V11, P3)', async () => {
    const owner = await k.as('owner')
    const list = (await k.wholeList(meeting.meetingId, owner, 'ballot-list', 1)) as BallotList
    expect(list.entries).toHaveLength(14)
    expect(list.namedBallots).toBe(false)
    expect(JSON.stringify(list)).not.toMatch(/o-lijianguo|o-zhangwei|u-resident|李建国/)
    expect(Object.values(list.names)).toContain('李**')
    expect(verifyBallotList(list)).toMatchObject({ ok: true })

    const check = async (receipt: string) =>
      (await k.h.request('GET', k.path(meeting.meetingId, `/receipts/${receipt}`), { token: owner })).body
    expect(await check(receipts.changed ?? '')).toMatchObject({
      found: true,
      chainOk: true,
      intact: true,
      counted: true,
      entry: { choice: 'no', version: 2 },
    })
    expect(await check(receipts.first ?? '')).toMatchObject({
      found: true,
      counted: false,
      entry: { choice: 'yes', version: 1 },
    })
    expect(await check('ab'.repeat(32))).toEqual({ found: false, chainOk: true, intact: false, counted: false })
    expect(checkReceipt(receipts.changed ?? '', list)).toMatchObject({ found: true, counted: true })
    expect((await k.h.request('GET', k.path(meeting.meetingId, '/receipts/xyz'), { token: owner })).status).toBe(400)
    expect((await k.h.request('GET', k.path(meeting.meetingId, '/export'), { token: owner })).status).toBe(403)
  })
})
