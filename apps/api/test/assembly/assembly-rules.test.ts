import type { BallotList } from '@jiayuan/contracts'
import { buildVotingRoll, verifyBallotList } from '@jiayuan/domain'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const vote = async (meetingId: string, token: string, choices: unknown, idempotencyKey = idem('vote')) =>
  k.h.request('POST', k.path(meetingId, '/ballots'), { token, body: { choices, idempotencyKey } })
const deliver = async (meetingId: string, subjectIds: string[]) =>
  k.h.request('POST', k.path(meetingId, '/deliveries'), {
    token: await k.as('committee'),
    body: { subjectIds, method: 'in_person', note: '网格员上门送达' },
  })
async function publish(meetingId: string) {
  const res = await k.h.request('POST', k.path(meetingId, '/preliminary'), {
    token: await k.as('committee'),
    body: { objectionDays: 5 },
  })
  expect(res.status).toBe(200)
}
async function subjectAreas(): Promise<Map<string, number>> {
  const roll = await wholeRoll(k.h, await k.as('committee'), k.h.compoundId)
  return new Map(
    buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false }).subjects.map((s) => [
      s.subjectId,
      s.area,
    ]),
  )
}

describe('从众: non-voters follow the majority only where the assembly rules say so (DOMAIN V8)', () => {
  it('is off by default: no deliveries to record, and no deemed tally', async () => {
    const meeting = await k.opened()
    expect(meeting.nonVotingWarning).toBeUndefined()
    expect(await deliver(meeting.meetingId, ['o-b1-1-102'])).toMatchObject({
      status: 422,
      body: { error: { code: 'FollowMajorityNotAdopted' } },
    })
    expect((await vote(meeting.meetingId, await k.as('owner'), paper('yes'))).status).toBe(201)
    const closed = await k.close(meeting)
    await publish(closed.meetingId)
    const result = (await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('owner') })).body
    expect(result.followMajority).toEqual({ enabled: false, delivered: 0 })
    expect(result.motions.map((m: { deemed: unknown }) => m.deemed)).toEqual([null, null])
  })

  it('when adopted, warns on the notice, counts delivered non-voters to the majority side, and keeps raw and deemed apart', async () => {
    await k.settings((s) => {
      s.cityProfile.followMajority = { enabled: true, clause: '议事规则第十二条' }
    })
    const meeting = await k.noticed()
    expect(meeting.nonVotingWarning).toContain('议事规则第十二条')
    const recorded = await deliver(meeting.meetingId, ['o-b1-1-102', 'o-b1-1-201', 'o-lijianguo'])
    expect(recorded).toMatchObject({ status: 201, body: { recorded: 3 } })
    expect((await deliver(meeting.meetingId, ['o-b1-1-102'])).body.recorded).toBe(0)
    expect((await deliver(meeting.meetingId, ['o-b1-1-102', 'o-nobody'])).body.error.details[0].field).toBe(
      'body.subjectIds.1',
    )
    expect(
      (
        await k.h.request('POST', k.path(meeting.meetingId, '/deliveries'), {
          token: await k.as('owner'),
          body: { subjectIds: ['o-b1-1-102'], method: 'sms' },
        })
      ).status,
    ).toBe(403)

    k.clock.to(meeting.votingOpensAt)
    expect(
      (await k.h.request('POST', k.path(meeting.meetingId, '/open'), { token: await k.as('committee') })).status,
    ).toBe(200)
    for (const persona of ['owner', 'co-owner', 'committee'])
      expect((await vote(meeting.meetingId, await k.as(persona), paper('yes'))).status).toBe(201)
    expect((await vote(meeting.meetingId, await k.as('committee-2'), paper('no'))).status).toBe(201)
    const mine = (await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token: await k.as('owner') }))
      .body
    expect(mine.deliveryRecorded).toBe(true)

    await k.close(meeting)
    await publish(meeting.meetingId)
    const result = (await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('owner') })).body
    const area = await subjectAreas()
    const deemedArea = (area.get('o-b1-1-102') ?? 0) + (area.get('o-b1-1-201') ?? 0)
    expect(result.followMajority).toEqual({ enabled: true, clause: '议事规则第十二条', delivered: 3 })
    for (const motion of result.motions) {
      expect(motion.raw).toMatchObject({ participatingHeads: 4, yesHeads: 3, noHeads: 1 })
      expect(motion.deemed).toMatchObject({
        side: 'yes',
        deemedHeads: 2,
        deemedArea,
        participatingHeads: 6,
        yesHeads: 5,
        yesArea: motion.raw.yesArea + deemedArea,
      })
    }
    const list = (await k.wholeList(meeting.meetingId, await k.as('owner'))) as BallotList
    expect(list.deliveredRefs).toHaveLength(3)
    expect(verifyBallotList(list).ok).toBe(true)
  })
})

describe('compound settings frozen with the notice', () => {
  it('without vote changes, a second ballot is refused but a retry and a direct vote over a proxy are not; named ballots show names', async () => {
    await k.settings((s) => {
      s.allowVoteChange = false
      s.namedBallots = true
      s.cityProfile.followMajority = { enabled: false }
    })
    const meeting = await k.opened()
    expect(meeting.rules).toMatchObject({ allowVoteChange: false, namedBallots: true })
    const owner = await k.as('owner')
    expect((await vote(meeting.meetingId, owner, paper('yes'), 'no-change-0001')).status).toBe(201)
    expect(await vote(meeting.meetingId, owner, paper('no'))).toMatchObject({
      status: 422,
      body: { error: { code: 'VoteChangeNotAllowed' } },
    })
    expect((await vote(meeting.meetingId, owner, paper('yes'), 'no-change-0001')).body.replayed).toBe(true)
    const committee = await k.as('committee')
    const scanKey = await k.upload(committee, 'ballot_scan')
    const paperBallot = await k.h.request('POST', k.path(meeting.meetingId, '/paper-ballots'), {
      token: committee,
      body: { subjectId: 'o-lijianguo', choices: paper('no'), scanKey, idempotencyKey: idem('paper') },
    })
    expect(paperBallot.body.error.code).toBe('VoteChangeNotAllowed')

    const letterKey = await k.upload(committee, 'ballot_scan')
    await k.h.request('POST', k.path(meeting.meetingId, '/proxies'), {
      token: committee,
      body: { principalId: 'o-b1-1-102', holderUserId: `${k.h.prefix}u-resident`, letterKey },
    })
    const byProxy = await k.h.request('POST', k.path(meeting.meetingId, '/proxy-ballots'), {
      token: await k.as('resident'),
      body: { principalId: 'o-b1-1-102', choices: paper('yes'), idempotencyKey: idem('proxy') },
    })
    expect(byProxy.status).toBe(201)
    const principal = await k.person('p102', { roles: ['owner'], ownerId: 'o-b1-1-102', unitIds: ['b1-1-102'] })
    expect((await vote(meeting.meetingId, principal, paper('no'))).body.ballots[0]).toMatchObject({
      channel: 'online',
      current: true,
    })

    await k.close(meeting)
    await publish(meeting.meetingId)
    const list = (await k.wholeList(meeting.meetingId, await k.as('owner'))) as BallotList
    expect(list.namedBallots).toBe(true)
    expect(list.names['o-lijianguo']).toBe('李建国')
    expect(list.entries.filter((e) => e.payload.subjectId === 'o-lijianguo')).toHaveLength(2)
    expect(list.entries.find((e) => e.payload.channel === 'proxy')?.payload.proxyId).toMatch(/^p[0-9a-f]{19}$/)
    expect(verifyBallotList(list).ok).toBe(true)
  })

  it('where the city counts on a government platform, publishes and links out but counts nothing (DOMAIN V12)', async () => {
    const url = 'https://gov.example.cn/yezhu-vote'
    await k.settings((s) => {
      s.allowVoteChange = true
      s.cityProfile.governmentPlatformUrl = url
    })
    const meeting = await k.opened()
    expect(meeting).toMatchObject({ countedOn: 'government_platform', rules: { governmentPlatformUrl: url } })
    const refused = await vote(meeting.meetingId, await k.as('owner'), paper('yes'))
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'CountedOnGovernmentPlatform', details: { url } } },
    })
    expect(refused.body.error.message).toContain(url)
    const committee = await k.as('committee')
    const scanKey = await k.upload(committee, 'ballot_scan')
    const paperBallot = await k.h.request('POST', k.path(meeting.meetingId, '/paper-ballots'), {
      token: committee,
      body: { subjectId: 'o-lijianguo', choices: paper('no'), scanKey, idempotencyKey: idem('paper') },
    })
    expect(paperBallot.body.error.code).toBe('CountedOnGovernmentPlatform')
    const proxy = await k.h.request('POST', k.path(meeting.meetingId, '/proxies'), {
      token: committee,
      body: { principalId: 'o-b1-1-102', holderUserId: `${k.h.prefix}u-resident`, letterKey: scanKey },
    })
    expect(proxy.status).toBe(422)
    expect((await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: committee })).status).toBe(422)
    const mine = (await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token: await k.as('owner') }))
      .body
    expect(mine.eligibility).toMatchObject({ canVote: false, code: 'CountedOnGovernmentPlatform' })
    const closed = await k.close(meeting)
    expect(closed.status).toBe('closed')
    expect(closed.ballotLog).toBeUndefined()
    expect(
      (
        await k.h.request('POST', k.path(meeting.meetingId, '/preliminary'), {
          token: await k.as('committee'),
          body: { objectionDays: 3 },
        })
      ).status,
    ).toBe(422)
  })
})
