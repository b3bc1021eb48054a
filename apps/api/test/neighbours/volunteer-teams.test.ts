import { listServiceRecords } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'
import { inboxOf, makeResident, nb, signUp } from './neighbours-kit'

/** 志愿服务队 (DOMAIN H1): teams set up by the committee, joined by volunteers, hours per activity counted once. */

let h: Harness
const t: Record<string, string> = {}
const id: Record<string, string> = {}
beforeAll(async () => {
  h = await startHarness()
  for (const p of ['resident', 'co-owner', 'owner', 'staff', 'committee', 'newcomer', 'admin']) {
    t[p] = await tokenOf(h, p)
    id[p] = (await h.login(p)).user.userId
  }
  await signUp(h, t.resident ?? '', ['errands', 'company'], true)
  await signUp(h, t['co-owner'] ?? '', ['electrician'], true)
})
afterAll(async () => h.close())

let n = 0
const create = (token: string, body: Record<string, unknown>) => {
  n += 1
  return h.request('POST', nb(h, '/teams'), {
    token,
    body: { name: '助老服务队', kind: 'elder_care', leaderId: id.resident, idempotencyKey: `team-key-${n}`, ...body },
  })
}
const teamOf = async (token: string, teamId: string) =>
  ((await h.request('GET', nb(h, '/teams'), { token })).body.teams as Array<Record<string, any>>).find(
    (x) => x.teamId === teamId,
  )

describe('H1 volunteer teams', () => {
  it('the committee sets up a team with a volunteer as leader; bad input is refused naming the field, nothing written', async () => {
    const before = (await h.request('GET', nb(h, '/teams'), { token: t.owner })).body.teams.length
    const noName = await create(t.committee ?? '', { name: ' ' })
    expect(noName.status).toBe(400)
    expect(JSON.stringify(noName.body.error)).toContain('name')
    expect(noName.body.error.message).toMatch(/队名/)
    const badKind = await create(t.committee ?? '', { kind: 'army' })
    expect(badKind.status).toBe(400)
    expect(JSON.stringify(badKind.body.error)).toContain('kind')
    const notVolunteer = await create(t.committee ?? '', { leaderId: id.newcomer })
    expect(notVolunteer.status).toBe(422)
    expect(notVolunteer.body.error.details).toEqual([{ field: 'body.leaderId', message: '只能从本小区的志愿者中选择' }])
    expect((await create(t.resident ?? '', {})).status).toBe(403)
    expect((await h.request('GET', nb(h, '/teams'), { token: t.owner })).body.teams.length).toBe(before)

    const body = { name: '党员先锋队', kind: 'party', leaderId: id.resident, idempotencyKey: 'team-party-0001' }
    const [a, b] = await Promise.all([
      h.request('POST', nb(h, '/teams'), { token: t.committee, body }),
      h.request('POST', nb(h, '/teams'), { token: t.committee, body }),
    ])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.body.teamId).toBe(b.body.teamId)
    expect(a.body).toMatchObject({ name: '党员先锋队', kind: 'party', leaderName: '王芳' })
    expect(a.body.members.map((m: { name: string }) => m.name)).toEqual(['王芳'])
    expect((await h.request('GET', nb(h, '/teams'), { token: t.owner })).body.teams.length).toBe(before + 1)
    const byAdmin = await create(t.admin ?? '', { name: '治安巡逻队', kind: 'patrol', leaderId: id['co-owner'] })
    expect(byAdmin.status).toBe(201)
  })

  it('volunteers join and leave; outsiders see names masked, never phones; the leader cannot leave', async () => {
    const made = await create(t.committee ?? '', { name: '环境卫生队', kind: 'environment' })
    const teamId = made.body.teamId as string
    const notVolunteer = await h.request('POST', nb(h, `/teams/${teamId}/join`), { token: t.newcomer })
    expect(notVolunteer.status).toBe(422)
    expect(notVolunteer.body.error.details).toEqual([{ field: 'volunteer', message: '请先报名成为志愿者' }])

    const joined = await h.request('POST', nb(h, `/teams/${teamId}/join`), { token: t['co-owner'] })
    expect(joined.status).toBe(200)
    expect(joined.body.mine).toEqual({ member: true, leader: false })
    expect(joined.body.members.map((m: { name: string }) => m.name)).toEqual(['王芳', '张伟'])
    expect((await h.request('POST', nb(h, `/teams/${teamId}/join`), { token: t['co-owner'] })).status).toBe(409)

    const outsider = await teamOf(t.owner ?? '', teamId)
    expect(outsider?.members.map((m: { name: string }) => m.name)).toEqual(['王*', '张*'])
    expect(outsider?.leaderName).toBe('王*')
    expect(outsider?.members.every((m: { userId?: string }) => m.userId === undefined)).toBe(true)
    expect(JSON.stringify(outsider)).not.toMatch(/1[3-9]\d{9}/)
    expect((await teamOf(t.staff ?? '', teamId))?.members[0]).toMatchObject({ name: '王芳', userId: id.resident })

    const leader = await h.request('POST', nb(h, `/teams/${teamId}/leave`), { token: t.resident })
    expect(leader.status).toBe(422)
    expect(leader.body.error.details).toEqual([{ field: 'leader', message: '队长不能退出服务队' }])
    const left = await h.request('POST', nb(h, `/teams/${teamId}/leave`), { token: t['co-owner'] })
    expect(left.status).toBe(200)
    expect(left.body.mine.member).toBe(false)
    expect((await h.request('POST', nb(h, `/teams/${teamId}/leave`), { token: t['co-owner'] })).status).toBe(409)
    expect((await h.request('POST', nb(h, '/teams/team-none/join'), { token: t['co-owner'] })).status).toBe(404)
  })

  it('an organiser records an activity for several members at once; each person once per activity, even when recorded at once', async () => {
    const made = await create(t.committee ?? '', { name: '助老服务队', kind: 'elder_care' })
    const teamId = made.body.teamId as string
    const crew = await Promise.all(['t1', 't2', 't3'].map((k) => makeResident(h, `team-${k}`)))
    for (const v of crew) {
      await signUp(h, v.token, ['company'], false)
      expect((await h.request('POST', nb(h, `/teams/${teamId}/join`), { token: v.token })).status).toBe(200)
    }
    const today = new Date(h.deps.clock().getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    const memberIds = [id.resident, ...crew.map((v) => v.userId)]
    const record = (token: string, body: Record<string, unknown>) =>
      h.request('POST', nb(h, `/teams/${teamId}/activities`), {
        token,
        body: { title: '重阳节上门看望独居老人', servedOn: today, minutes: 120, memberIds, ...body },
      })

    const bad = await record(t.staff ?? '', { minutes: 5 })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body.error)).toContain('minutes')
    const noDate = await record(t.staff ?? '', { servedOn: '2026-13-45' })
    expect(noDate.status).toBe(400)
    expect(JSON.stringify(noDate.body.error)).toContain('servedOn')
    const future = await record(t.staff ?? '', { servedOn: '2099-01-01' })
    expect(future.status).toBe(422)
    expect(future.body.error.details).toEqual([{ field: 'body.servedOn', message: '不能晚于今天' }])
    const outsider = await record(t.staff ?? '', { memberIds: [id.resident, id['co-owner']] })
    expect(outsider.status).toBe(422)
    expect(outsider.body.error.details).toEqual([{ field: 'body.memberIds.1', message: '不是本队队员' }])
    expect((await record(t.resident ?? '', {})).status).toBe(403)
    expect(await listServiceRecords(h.deps.db, h.compoundId, id.resident ?? '')).toEqual([])

    // Ten organisers record the same activity at once: one lands, each person has one record, one message.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => record(i % 2 === 0 ? (t.staff ?? '') : (t.committee ?? ''), {})),
    )
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9)
    for (const who of memberIds) {
      const records = await listServiceRecords(h.deps.db, h.compoundId, who ?? '')
      expect(records.filter((r) => r.activityId !== undefined && r.minutes === 120)).toHaveLength(1)
    }
    const crewInbox = await inboxOf(h, crew[0]?.token ?? '')
    expect(crewInbox.filter((m) => m.kind === 'volunteer_team' && m.link.teamId === teamId)).toHaveLength(1)

    // Recorded again later, the one already counted is named; a different activity counts anew.
    const again = await record(t.staff ?? '', { memberIds: [crew[0]?.userId] })
    expect(again.status).toBe(409)
    expect(again.body.error.details).toEqual([{ field: 'body.memberIds.0', message: '这次活动的时长已经记录过' }])
    const other = await record(t.staff ?? '', { title: '陪老人理发', minutes: 60, memberIds: [crew[0]?.userId] })
    expect(other.status).toBe(201)
    expect(other.body.activities.map((a: { title: string }) => a.title)).toEqual([
      '陪老人理发',
      '重阳节上门看望独居老人',
    ])

    const mine = await h.request('GET', nb(h, '/contributions/me'), { token: crew[0]?.token })
    expect(mine.body.totalMinutes).toBe(180)
    expect(mine.body.records.map((r: { what: string }) => r.what)).toContain('助老服务队：陪老人理发')
    const certificate = await h.request('GET', nb(h, '/contributions/me/certificate'), { token: crew[0]?.token })
    expect(certificate.status).toBe(200)
  })
})
