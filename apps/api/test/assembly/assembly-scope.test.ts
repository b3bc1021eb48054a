import { readRoll } from '@jiayuan/db'
import { buildVotingRoll, rollHash, rollTotals } from '@jiayuan/domain'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

/**
 * Scoped votes (DOMAIN V14): a meeting for 2号楼 freezes a roll of 2号楼's units and owners only, counts heads
 * and areas within it, lets only its owners vote or be represented, and says so to everyone else.
 */

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const DAY = 86_400_000
const meetings = () => `/v1/compounds/${k.h.compoundId}/meetings`
const LIFT = { matterType: 7, title: '2号楼1单元加装电梯', template: 'lift' }

async function draft(scope: unknown, motions: unknown[] = [LIFT]) {
  return k.h.request('POST', meetings(), {
    token: await k.as('committee'),
    body: {
      kind: 'regular',
      title: '2号楼业主大会',
      scope,
      motions: motions.map((m) => ({ ...(m as object), text: '加装电梯方案全文' })),
      idempotencyKey: idem('scoped'),
    },
  })
}

async function noticeAndOpen(meetingId: string) {
  const token = await k.as('committee')
  const opensAt = new Date(k.clock.now().getTime() + 15 * DAY).toISOString()
  const closesAt = new Date(Date.parse(opensAt) + 10 * DAY).toISOString()
  const noticed = await k.h.request('POST', k.path(meetingId, '/notice'), {
    token,
    body: { votingOpensAt: opensAt, votingClosesAt: closesAt },
  })
  expect(noticed.status).toBe(200)
  k.clock.to(opensAt)
  const opened = await k.h.request('POST', k.path(meetingId, '/open'), { token: await k.as('committee') })
  expect(opened.status).toBe(200)
  return opened.body
}

/** The roll cut by hand to one building's units, to compare with what the API froze. */
async function buildingRoll(buildingId: string, entrance?: string) {
  const roll = await readRoll(k.h.deps.db, k.h.compoundId)
  const units = roll.units.filter(
    (u) => u.buildingId === buildingId && (entrance === undefined || u.label.split('-')[1] === entrance),
  )
  const ids = new Set(units.map((u) => u.unitId))
  return buildVotingRoll(
    units,
    roll.owners,
    roll.ownerships.filter((o) => ids.has(o.unitId)),
    { parkingAreaCounts: false },
  )
}

describe('a meeting for one building (V14)', () => {
  let meeting: { meetingId: string; totals: { totalArea: number; totalHeads: number }; rollHash: string }

  it('refuses a building that is not on the roll, naming the field', async () => {
    const res = await draft({ kind: 'building', buildingId: 'no-such' })
    expect(res.status).toBe(400)
    expect(res.body.error.details[0]).toMatchObject({ field: 'body.scope.buildingId' })
    const entrance = await draft({ kind: 'entrance', buildingId: 'b2', entrance: '9' })
    expect(entrance.body.error.details[0]).toMatchObject({ field: 'body.scope.entrance' })
  })

  it('freezes only the building’s units and owners, and counts its heads and area', async () => {
    const created = await draft({ kind: 'building', buildingId: 'b2' })
    expect(created).toMatchObject({ status: 201, body: { scope: { kind: 'building' }, scopeText: '2号楼' } })
    meeting = await noticeAndOpen(created.body.meetingId)
    const expected = await buildingRoll('b2')
    expect(meeting.rollHash).toBe(rollHash(expected))
    expect(meeting.totals).toEqual(rollTotals(expected))
    // 40 units; the co-owned 2-1-301 counts once (V3), 李建国 once with only his 2号楼 unit.
    expect(meeting.totals.totalHeads).toBe(40)
    const whole = (await readRoll(k.h.deps.db, k.h.compoundId)).units
    expect(meeting.totals.totalArea).toBe(whole.filter((u) => u.buildingId === 'b2').reduce((s, u) => s + u.area, 0))
  })

  it('lets an owner of the building vote with the area he holds there', async () => {
    const owner = await k.as('owner')
    const mine = (await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token: owner })).body
    const units = (await readRoll(k.h.deps.db, k.h.compoundId)).units
    expect(mine.eligibility).toEqual({
      canVote: true,
      subjectId: 'o-lijianguo',
      area: units.find((u) => u.unitId === 'b2-1-502')?.area,
    })
    const cast = await k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
      token: owner,
      body: { choices: paper('yes', ['m1']), idempotencyKey: idem('v') },
    })
    expect(cast.status).toBe(201)
    const shown = await k.h.request('GET', k.path(meeting.meetingId), { token: owner })
    expect(shown.body).toMatchObject({ scopeText: '2号楼', inScope: true })
    const turnout = await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: owner })
    expect(turnout.body.motions[0]).toMatchObject({ totalHeads: 40, raw: { participatingHeads: 1, yesHeads: 1 } })
  })

  it('refuses an owner of another building with 403 and says the meeting is not theirs', async () => {
    const other = await k.as('co-owner') // 张伟, 1号楼
    const cast = await k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
      token: other,
      body: { choices: paper('yes', ['m1']), idempotencyKey: idem('v') },
    })
    expect(cast.status).toBe(403)
    expect(cast.body.error.message).toContain('2号楼')
    const mine = (await k.h.request('GET', k.path(meeting.meetingId, '/ballots/mine'), { token: other })).body
    expect(mine.eligibility).toMatchObject({ canVote: false, code: 'NotInScope' })
    const shown = await k.h.request('GET', k.path(meeting.meetingId), { token: other })
    expect(shown.body.inScope).toBe(false)
    const list = await k.h.request('GET', meetings(), { token: other })
    expect(list.body.meetings.find((m: { meetingId: string }) => m.meetingId === meeting.meetingId)).toMatchObject({
      scopeText: '2号楼',
      inScope: false,
    })
  })

  it('refuses to register a proxy for an owner outside the building', async () => {
    const committee = await k.as('committee')
    const letter = await k.upload(committee, 'ballot_scan')
    const register = async (principalId: string) =>
      k.h.request('POST', k.path(meeting.meetingId, '/proxies'), {
        token: committee,
        body: { principalId, holderUserId: `${k.h.prefix}u-resident`, letterKey: letter },
      })
    const outside = await register('o-b1-1-102')
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toContain('2号楼')
    expect((await register('o-b2-1-102')).status).toBe(201)
  })
})

describe('the lift template and its affected owners (V14)', () => {
  it('is a type 7 matter of a building or an entrance, refused otherwise naming the field', async () => {
    const compound = await draft({ kind: 'compound' })
    expect(compound.status).toBe(400)
    expect(compound.body.error.details[0].field).toBe('body.scope')
    const wrongType = await draft({ kind: 'building', buildingId: 'b2' }, [{ ...LIFT, matterType: 4 }])
    expect(wrongType.body.error.details[0].field).toBe('body.motions.0.matterType')
  })

  it('records affected owners of the scope, tells them, and masks them for others', async () => {
    const created = await draft({ kind: 'entrance', buildingId: 'b2', entrance: '1' }, [
      LIFT,
      { matterType: 9, title: '电梯运行费用分摊办法' },
    ])
    expect(created.body.scopeText).toBe('2号楼 1单元')
    const m = await noticeAndOpen(created.body.meetingId)
    expect(m.totals.totalHeads).toBe(20)
    const committee = await k.as('committee')
    const set = (body: unknown, motionId = 'm1') =>
      k.h.request('PUT', k.path(m.meetingId, `/motions/${motionId}/affected`), { token: committee, body })

    const outside = await set({
      revision: m.revision,
      affected: [
        { unitId: 'b2-1-502', effects: ['light'] },
        { unitId: 'b2-2-401', effects: ['access'] },
      ],
    })
    expect(outside.status).toBe(400)
    expect(outside.body.error.details[0]).toMatchObject({ field: 'body.affected.1.unitId' })
    expect(outside.body.error.details[0].message).toContain('2号楼 1单元')
    const noEffect = await set({ revision: m.revision, affected: [{ unitId: 'b2-1-502', effects: [] }] })
    expect(noEffect.body.error.details[0].field).toBe('body.affected.0.effects')
    const badAmount = await set({
      revision: m.revision,
      affected: [
        { unitId: 'b2-1-502', effects: ['light'], outcome: { kind: 'compensation', amountFen: 0, note: '补偿' } },
      ],
    })
    expect(badAmount.body.error.details[0].field).toBe('body.affected.0.outcome.amountFen')
    expect((await set({ revision: m.revision, affected: [] }, 'm2')).status).toBe(422)
    const untouched = await k.h.request('GET', k.path(m.meetingId), { token: committee })
    expect(untouched.body.revision).toBe(m.revision)
    expect(untouched.body.motions[0].affected).toEqual([])

    const ok = await set({
      revision: m.revision,
      affected: [
        {
          unitId: 'b2-1-502',
          effects: ['light', 'air'],
          outcome: { kind: 'compensation', amountFen: 300_000, note: '一次性补偿采光损失' },
        },
        { unitId: 'b2-1-102', effects: ['access'], outcome: { kind: 'objection', note: '担心底层通行受影响' } },
      ],
    })
    expect(ok.status).toBe(200)
    expect(ok.body.motions[0].affected[0]).toMatchObject({ unitId: 'b2-1-502', unitLabel: '2-1-502' })
    const stale = await set({ revision: m.revision, affected: [] })
    expect(stale.status).toBe(409)

    const owner = await k.h.request('GET', k.path(m.meetingId), { token: await k.as('owner') })
    expect(owner.body.motions[0].affected[0]).toMatchObject({
      unitId: 'b2-1-502',
      outcome: { kind: 'compensation', amountFen: 300_000 },
    })
    expect(owner.body.motions[0].affected[1]).toEqual({
      unitLabel: '2栋*单元**室',
      effects: ['access'],
      outcome: { kind: 'objection', note: '担心底层通行受影响' },
    })
    const { runOutbox } = await import('../../src/jobs/outbox')
    await runOutbox(k.h.deps, { compoundIds: [k.h.compoundId] })
    const inbox = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('owner') })
    const told = inbox.body.messages.filter((x: { title: string }) => x.title.includes('受影响住户'))
    expect(told).toHaveLength(1)
    const other = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('co-owner') })
    expect(other.body.messages.some((x: { title: string }) => x.title.includes('受影响住户'))).toBe(false)
  })
})
