import { randomUUID } from 'node:crypto'
import { createBootstrapInvite } from '../../../../scripts/bootstrap-admin'
import { TestClock } from '../assembly/assembly-helpers'
import { startHarness, type Harness } from '../harness'

const clock = new TestClock()
let h: Harness
beforeAll(async () => {
  clock.to('2026-12-01T02:00:00.000Z')
  h = await startHarness({ clock: clock.now })
})
afterAll(async () => h.close())

const key = () => `k-${randomUUID()}`
const as = async (persona: string) => (await h.login(persona)).token
/** A brand-new person, as the login page's 新用户登录 makes one (the same path as a first WeChat login). */
const newcomer = async (displayName: string) => {
  const res = await h.request('POST', '/v1/auth/dev/new', { body: { displayName } })
  expect(res.status).toBe(200)
  return res.body as { token: string; user: { userId: string } }
}
const demoCommunity = () => `${h.prefix}cm-hexie`
const feeModel = { kind: 'lump_sum', ratePerSqmFen: 150 }
const compoundBody = (name: string) => ({
  name,
  address: '杭州市某路 1 号',
  city: '杭州',
  feeModel,
  idempotencyKey: key(),
})
const rolesUrl = (userId: string) => `/v1/compounds/${h.compoundId}/members/${userId}/roles`

describe('platform admin, communities and compounds', () => {
  it('the platform admin creates a community and names its first admin by invite; that admin creates compounds there only', async () => {
    const platform = await as('platform-admin')
    const body = { name: '新华社区', street: '朝晖街道', district: '下城区', idempotencyKey: key() }
    const created = await h.request('POST', '/v1/communities', { token: platform, body })
    expect(created).toMatchObject({ status: 201, body: { name: '新华社区', street: '朝晖街道' } })
    const again = await h.request('POST', '/v1/communities', { token: platform, body })
    expect(again.body.communityId).toBe(created.body.communityId)
    const communityId = created.body.communityId as string

    const invite = await h.request('POST', `/v1/communities/${communityId}/invites`, {
      token: platform,
      body: { note: '社区书记 何平' },
    })
    expect(invite).toMatchObject({ status: 201, body: { status: 'open', grant: { kind: 'community', communityId } } })
    const he = await newcomer('何平')
    const accepted = await h.request('POST', `/v1/invites/${invite.body.code}/accept`, { token: he.token })
    expect(accepted.status).toBe(200)
    const mine = await h.request('GET', '/v1/communities', { token: he.token })
    expect(mine.body.communities.map((c: { communityId: string }) => c.communityId)).toEqual([communityId])

    // With the same token, no refresh: the new compound's admin role works on the next request.
    const compound = await h.request('POST', `/v1/communities/${communityId}/compounds`, {
      token: he.token,
      body: compoundBody('新华苑'),
    })
    expect(compound).toMatchObject({
      status: 201,
      body: { name: '新华苑', street: '朝晖街道', community: '新华社区', communityId, settings: { feeModel } },
    })
    expect(compound.body.settings.cityProfile.city).toBe('杭州')
    const members = await h.request('GET', `/v1/compounds/${compound.body.compoundId}/members`, { token: he.token })
    expect(members.status).toBe(200)
    const list = await h.request('GET', `/v1/communities/${communityId}/compounds`, { token: he.token })
    expect(list.body.compounds.map((c: { name: string }) => c.name)).toEqual(['新华苑'])

    const elsewhere = await h.request('POST', `/v1/communities/${demoCommunity()}/compounds`, {
      token: he.token,
      body: compoundBody('越界小区'),
    })
    expect(elsewhere).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    expect(elsewhere.body.error.message).toMatch(/社区/)
  })

  it('a resident cannot create a compound or a community; a community admin cannot create a community', async () => {
    const resident = await as('resident')
    const byResident = await h.request('POST', `/v1/communities/${demoCommunity()}/compounds`, {
      token: resident,
      body: compoundBody('住户的小区'),
    })
    expect(byResident.status).toBe(403)
    const admin = await as('admin')
    const community = { name: '某社区', street: '某街道', district: '某区', idempotencyKey: key() }
    expect((await h.request('POST', '/v1/communities', { token: resident, body: community })).status).toBe(403)
    expect((await h.request('POST', '/v1/communities', { token: admin, body: community })).status).toBe(403)
    // The demo's community admin does create in their own community, and the compound lists there.
    const ok = await h.request('POST', `/v1/communities/${demoCommunity()}/compounds`, {
      token: admin,
      body: compoundBody('和谐二期'),
    })
    expect(ok.status).toBe(201)
  })

  it('refuses a compound with no name or a bad fee model, naming the field', async () => {
    const admin = await as('admin')
    const bad = await h.request('POST', `/v1/communities/${demoCommunity()}/compounds`, {
      token: admin,
      body: { ...compoundBody(''), feeModel: { kind: 'lump_sum', ratePerSqmFen: 1.5 } },
    })
    expect(bad.status).toBe(400)
    const fields = bad.body.error.details.map((d: { field: string }) => d.field)
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.feeModel.ratePerSqmFen']))
  })
})

describe('bootstrap', () => {
  it('the one-off script makes an invite that turns a first WeChat login into the platform admin, once', async () => {
    const invite = await createBootstrapInvite(h.deps.db, { note: '首位平台管理员', validDays: 3, now: clock.now() })
    const first = await h.request('POST', '/v1/auth/wechat', {
      body: { code: 'user-first-admin-1', displayName: '管理员' },
    })
    expect(first.body.user.platformAdmin).toBeUndefined()
    const body = { name: '首个社区', street: '某街道', district: '某区', idempotencyKey: key() }
    expect((await h.request('POST', '/v1/communities', { token: first.body.token, body })).status).toBe(403)
    const accepted = await h.request('POST', `/v1/invites/${invite.code}/accept`, { token: first.body.token })
    expect(accepted.status).toBe(200)
    expect((await h.request('POST', '/v1/communities', { token: first.body.token, body })).status).toBe(201)
    const me = await h.request('GET', '/v1/me', { token: first.body.token })
    expect(me.body.user.platformAdmin).toBe(true)
    const other = await newcomer('冒名者')
    expect((await h.request('POST', `/v1/invites/${invite.code}/accept`, { token: other.token })).status).toBe(409)
  })
})

describe('invites', () => {
  it('two people redeeming one code at once: exactly one wins; the winner may retry; the loser gets 409', async () => {
    const admin = await as('admin')
    const invite = await h.request('POST', `/v1/compounds/${h.compoundId}/invites`, {
      token: admin,
      body: { roles: ['grid_worker'], gridIds: ['grid-a'], note: '网格员 小钱' },
    })
    expect(invite.status).toBe(201)
    expect(invite.body.code).toMatch(/^[A-Z2-9]{8}$/)
    const people = await Promise.all([newcomer('钱一'), newcomer('钱二'), newcomer('钱三')])
    const tries = await Promise.all(
      people.map((p) => h.request('POST', `/v1/invites/${invite.body.code}/accept`, { token: p.token })),
    )
    const winners = tries.filter((t) => t.status === 200)
    expect(winners).toHaveLength(1)
    expect(tries.filter((t) => t.status === 409)).toHaveLength(2)
    const i = tries.findIndex((t) => t.status === 200)
    const winner = people[i]
    if (!winner) throw new Error('no winner')
    const membership = winners[0]?.body.memberships.find((m: { compoundId: string }) => m.compoundId === h.compoundId)
    expect(membership).toMatchObject({ roles: ['grid_worker'], gridIds: ['grid-a'] })
    const retry = await h.request('POST', `/v1/invites/${invite.body.code}/accept`, { token: winner.token })
    expect(retry.status).toBe(200)
    // The new worker's queue opens with the token they logged in with before accepting.
    const queue = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/queue`, { token: winner.token })
    expect(queue.status).not.toBe(403)
    const listed = await h.request('GET', `/v1/compounds/${h.compoundId}/invites`, { token: admin })
    expect(listed.body.invites.find((x: { code: string }) => x.code === invite.body.code)).toMatchObject({
      status: 'used',
      usedBy: winner.user.userId,
    })
  })

  it('an expired code is refused; a grid worker invite needs a grid that exists', async () => {
    const admin = await as('admin')
    const noGrid = await h.request('POST', `/v1/compounds/${h.compoundId}/invites`, {
      token: admin,
      body: { roles: ['grid_worker'], note: '网格员' },
    })
    expect(noGrid).toMatchObject({ status: 400, body: { error: { details: [{ field: 'gridIds' }] } } })
    const invite = await h.request('POST', `/v1/compounds/${h.compoundId}/invites`, {
      token: admin,
      body: { roles: ['property_staff'], note: '物业 老周', validDays: 1 },
    })
    clock.advanceDays(2)
    try {
      const late = await newcomer('老周')
      const res = await h.request('POST', `/v1/invites/${invite.body.code}/accept`, { token: late.token })
      expect(res).toMatchObject({ status: 422, body: { error: { code: 'InviteExpired' } } })
    } finally {
      clock.advanceDays(-2)
    }
    const staff = await as('staff')
    const notAdmin = await h.request('POST', `/v1/compounds/${h.compoundId}/invites`, {
      token: staff,
      body: { roles: ['property_staff'], note: '同事' },
    })
    expect(notAdmin.status).toBe(403)
  })
})

describe('roles', () => {
  it('nobody changes their own roles', async () => {
    const admin = await h.login('admin')
    const res = await h.request('PUT', rolesUrl(admin.user.userId), {
      token: admin.token,
      body: { roles: ['community_admin', 'property_staff'], reason: '给自己加权限' },
    })
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'Forbidden' } } })
    expect(res.body.error.message).toMatch(/不能修改自己的角色/)
  })

  it('a role removed is gone on the next request with the old token, and the log says who, when and why', async () => {
    const admin = await as('admin')
    const staff = await h.login('staff')
    const console = () =>
      h.request('GET', `/v1/compounds/${h.compoundId}/tickets/console`, { token: staff.token }).then((r) => r.status)
    expect(await console()).toBe(200)
    const noReason = await h.request('PUT', rolesUrl(staff.user.userId), { token: admin, body: { roles: [] } })
    expect(noReason).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.reason' }] } } })
    const removed = await h.request('PUT', rolesUrl(staff.user.userId), {
      token: admin,
      body: { roles: [], reason: '调离本小区' },
    })
    expect(removed).toMatchObject({ status: 200, body: { roles: [] } })
    expect(await console()).toBe(403)
    const log = await h.request('GET', `/v1/compounds/${h.compoundId}/members/log`, { token: admin })
    // The test clock stands still, so other lines of this file share the instant: pick the line by its subject.
    const line = log.body.entries.find((e: { subjectId: string }) => e.subjectId === staff.user.userId)
    expect(line).toMatchObject({
      actorName: '郑强',
      subjectName: '孙丽',
      before: ['property_staff'],
      after: [],
      reason: '调离本小区',
    })
    expect((await h.request('GET', `/v1/compounds/${h.compoundId}/members/log`, { token: staff.token })).status).toBe(
      403,
    )
    // Given back, so the other tests of this file keep their staff.
    await h.request('PUT', rolesUrl(staff.user.userId), {
      token: admin,
      body: { roles: ['property_staff'], reason: '调回' },
    })
    expect(await console()).toBe(200)
  })

  it('the committee role is refused without an election or a filing; a filing with its document and term grants it until the term ends', async () => {
    const admin = await as('admin')
    const owner = await h.login('co-owner')
    const direct = await h.request('PUT', rolesUrl(owner.user.userId), {
      token: admin,
      body: { roles: ['resident', 'committee_member'], reason: '直接任命' },
    })
    expect(direct).toMatchObject({ status: 422, body: { error: { code: 'CommitteeNeedsElectionOrFiling' } } })
    const noMeeting = await h.request('POST', `/v1/compounds/${h.compoundId}/committee/elections`, {
      token: admin,
      body: {
        meetingId: 'm-none',
        motionId: 'mo-1',
        userIds: [owner.user.userId],
        termStart: '2026-12-01',
        termEnd: '2031-11-30',
        reason: '选举',
      },
    })
    expect(noMeeting.status).toBe(404)
    const filing = {
      userIds: [owner.user.userId],
      termStart: '2026-12-01',
      termEnd: '2026-12-31',
      reason: '街道备案（朝晖街道 2026 第 12 号）',
    }
    const noDocument = await h.request('POST', `/v1/compounds/${h.compoundId}/committee/filings`, {
      token: admin,
      body: { ...filing, documentKey: `${h.compoundId}/filing_document/someone/x.pdf` },
    })
    expect(noDocument).toMatchObject({ status: 400, body: { error: { details: [{ field: 'documentKey' }] } } })
    const tooLong = await h.request('POST', `/v1/compounds/${h.compoundId}/committee/filings`, {
      token: admin,
      body: { ...filing, termEnd: '2032-12-31', documentKey: 'x' },
    })
    expect(tooLong).toMatchObject({ status: 400, body: { error: { details: [{ field: 'termEnd' }] } } })

    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n')
    const upload = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
      token: admin,
      body: { purpose: 'filing_document', contentType: 'application/pdf', size: pdf.length },
    })
    expect(upload.status).toBe(201)
    expect((await fetch(upload.body.url, { method: 'PUT', headers: upload.body.headers, body: pdf })).status).toBe(200)
    const granted = await h.request('POST', `/v1/compounds/${h.compoundId}/committee/filings`, {
      token: admin,
      body: { ...filing, documentKey: upload.body.key },
    })
    expect(granted.status).toBe(201)
    expect(granted.body.members[0]).toMatchObject({
      roles: expect.arrayContaining(['committee_member', 'owner']),
      committee: { source: { kind: 'filing', documentKey: upload.body.key }, termEnd: '2026-12-31' },
    })
    const approvals = (token: string) =>
      h.request('GET', `/v1/compounds/${h.compoundId}/bindings`, { token }).then((r) => r.status)
    expect(await approvals(owner.token)).toBe(200)
    // The day after the term ends the role has lapsed: refused, and no longer in the session.
    clock.to('2027-01-01T00:00:00.000Z')
    try {
      const later = await h.login('co-owner')
      expect(await approvals(later.token)).toBe(403)
      const here = later.memberships.find((m) => m.compoundId === h.compoundId)
      expect(here?.roles).not.toContain('committee_member')
      expect(here?.roles).toContain('owner')
    } finally {
      clock.to('2026-12-01T02:00:00.000Z')
    }
  })
})
