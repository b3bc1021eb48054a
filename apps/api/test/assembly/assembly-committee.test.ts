import { listEvents } from '@jiayuan/db'
import { buildVotingRoll } from '@jiayuan/domain'
import { MOTIONS, idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const draft = (motions: unknown[]) => ({
  kind: 'regular',
  title: '附件测试会议',
  motions,
  idempotencyKey: idem('meeting'),
})
const withFile = (key: string, name = '报价单.png') => ({
  ...MOTIONS[0],
  text: '全文见附件',
  attachments: [{ key, name }],
})

describe('attachments of a draft (issue #4)', () => {
  it('takes only the caller’s own uploads, keeps what is on the draft for another member, and lets them be removed', async () => {
    const committee = await k.as('committee')
    const other = await k.as('committee-2')
    const mine = await k.upload(committee, 'attachment')
    const base = `/v1/compounds/${k.h.compoundId}/meetings`
    const stolen = await k.h.request('POST', base, { token: other, body: draft([withFile(mine)]) })
    expect(stolen).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.motions.0.attachments.0.key' }] } },
    })
    const twice = await k.h.request('POST', base, {
      token: committee,
      body: draft([
        {
          ...withFile(mine),
          attachments: [
            { key: mine, name: 'a' },
            { key: mine, name: 'b' },
          ],
        },
      ]),
    })
    expect(twice).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.motions.0.attachments.1.key' }] } },
    })

    const created = await k.h.request('POST', base, { token: committee, body: draft([withFile(mine)]) })
    expect(created.status).toBe(201)
    const { meetingId } = created.body
    const theirs = await k.upload(other, 'attachment')
    const edit = (attachments: unknown[], revision: number) =>
      k.h.request('PUT', k.path(meetingId), {
        token: other,
        body: {
          kind: 'regular',
          title: '附件测试会议',
          motions: [{ ...MOTIONS[0], text: '全文', attachments }],
          revision,
        },
      })
    const both = await edit(
      [
        { key: mine, name: '报价单.png' },
        { key: theirs, name: '检测报告.png' },
      ],
      created.body.revision,
    )
    expect(both.status).toBe(200)
    expect(both.body.motions[0].attachments.map((a: { name: string }) => a.name)).toEqual([
      '报价单.png',
      '检测报告.png',
    ])
    const removed = await edit([{ key: theirs, name: '检测报告.png' }], both.body.revision)
    expect(removed.body.motions[0].attachments).toEqual([expect.objectContaining({ key: theirs })])
    // Once removed it is no longer on the draft, so only its uploader may add it back.
    expect((await edit([{ key: mine, name: '报价单.png' }], removed.body.revision)).status).toBe(400)
    const shown = await k.h.request('GET', k.path(meetingId), { token: committee })
    expect((await fetch(shown.body.motions[0].attachments[0].url)).status).toBe(200)
  })
})

describe('looking up voting subjects and deliveries (committee only)', () => {
  it('finds subjects by room number or name, paged, names masked; refuses owners', async () => {
    const meeting = await k.opened()
    const committee = await k.as('committee')
    const lookup = (query: string) =>
      k.h.request('GET', k.path(meeting.meetingId, `/subjects?${query}`), { token: committee })
    const byName = await lookup(`q=${encodeURIComponent('李建国')}`)
    expect(byName.status).toBe(200)
    expect(byName.body).toMatchObject({ frozen: true, nextCursor: null })
    expect(byName.body.subjects).toEqual([expect.objectContaining({ subjectId: 'o-lijianguo', maskedName: '李**' })])
    expect(JSON.stringify(byName.body)).not.toContain('李建国')
    const label = byName.body.subjects[0].unitLabels[0] as string
    const byRoom = await lookup(`q=${encodeURIComponent(label)}`)
    expect(byRoom.body.subjects.map((s: { subjectId: string }) => s.subjectId)).toContain('o-lijianguo')

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { body: { subjects: Array<{ subjectId: string }>; nextCursor: string | null } } = await lookup(
        `limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(page.body.subjects.length).toBeLessThanOrEqual(7)
      seen.push(...page.body.subjects.map((s) => s.subjectId))
      cursor = page.body.nextCursor
    } while (cursor)
    const roll = await wholeRoll(k.h, committee, k.h.compoundId)
    const all = buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false }).subjects.map(
      (s) => s.subjectId,
    )
    expect([...seen].sort()).toEqual([...all].sort())
    expect(new Set(seen).size).toBe(seen.length)

    expect((await lookup('limit=0')).body.error.details[0].field).toBe('query.limit')
    expect(
      (await k.h.request('GET', k.path(meeting.meetingId, '/subjects?q=1'), { token: await k.as('owner') })).status,
    ).toBe(403)
  })

  it('finds members to hold a proxy by name or room, names masked, and registers the one picked; refuses owners', async () => {
    const meeting = await k.opened()
    const committee = await k.as('committee')
    const lookup = (query: string, token = committee) =>
      k.h.request('GET', k.path(meeting.meetingId, `/proxy-holders?${query}`), { token })
    const byName = await lookup(`q=${encodeURIComponent('王芳')}`)
    expect(byName.body).toEqual({
      holders: [{ userId: `${k.h.prefix}u-resident`, maskedName: '王*', unitLabels: [] }],
      nextCursor: null,
    })
    const zhangwei = (await lookup(`q=${encodeURIComponent('张伟')}`)).body.holders[0]
    expect(zhangwei).toMatchObject({ userId: `${k.h.prefix}u-co-owner`, maskedName: '张*' })
    const byRoom = await lookup(`q=${encodeURIComponent(zhangwei.unitLabels[0])}`)
    expect(byRoom.body.holders.map((h: { userId: string }) => h.userId)).toContain(`${k.h.prefix}u-co-owner`)
    expect(JSON.stringify(byRoom.body)).not.toMatch(/张伟|刘洋/)
    const firstPage = await lookup('limit=2')
    expect(firstPage.body).toMatchObject({ holders: [expect.anything(), expect.anything()], nextCursor: '2' })

    const letterKey = await k.upload(committee, 'ballot_scan')
    const picked = byName.body.holders[0].userId
    const registered = await k.h.request('POST', k.path(meeting.meetingId, '/proxies'), {
      token: committee,
      body: { principalId: 'o-b1-1-102', holderUserId: picked, letterKey },
    })
    expect(registered).toMatchObject({ status: 201, body: { holderUserId: picked } })
    expect((await lookup('q=1', await k.as('owner'))).status).toBe(403)
  })

  it('lists deliveries with who, when and how (V8)', async () => {
    await k.settings((s) => {
      s.cityProfile.followMajority = { enabled: true, clause: '议事规则第十二条' }
    })
    const meeting = await k.opened()
    const committee = await k.as('committee')
    const recorded = await k.h.request('POST', k.path(meeting.meetingId, '/deliveries'), {
      token: committee,
      body: { subjectIds: ['o-lijianguo'], method: 'mailbox', note: '投入信箱' },
    })
    expect(recorded.status).toBe(201)
    const list = await k.h.request('GET', k.path(meeting.meetingId, '/deliveries'), { token: committee })
    expect(list.body).toMatchObject({
      followMajority: true,
      deliveries: [
        {
          subjectId: 'o-lijianguo',
          method: 'mailbox',
          note: '投入信箱',
          maskedName: '李**',
          recordedAt: k.clock.now().toISOString(),
        },
      ],
    })
    expect(list.body.deliveries[0].unitLabels.length).toBeGreaterThan(0)
    expect(
      (await k.h.request('GET', k.path(meeting.meetingId, '/deliveries'), { token: await k.as('owner') })).status,
    ).toBe(403)
    await k.settings((s) => {
      s.cityProfile.followMajority = { enabled: false }
    })
  })
})

describe('an assembly whose rules set no objection window (DOMAIN V10)', () => {
  it('publishes the final result straight after close and records it as such', async () => {
    await k.settings((s) => {
      s.objectionWindowDays = 0
    })
    const meeting = await k.opened()
    expect(meeting.rules.objectionWindowDays).toBe(0)
    expect(
      (
        await k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
          token: await k.as('owner'),
          body: { choices: paper('yes'), idempotencyKey: idem('v') },
        })
      ).status,
    ).toBe(201)
    const committee = await k.as('committee')
    expect(
      (await k.h.request('POST', k.path(meeting.meetingId, '/final'), { token: committee, body: {} })).body.error.code,
    ).toBe('WrongMeetingState')
    await k.close(meeting)
    const after = await k.as('committee')
    const prelim = await k.h.request('POST', k.path(meeting.meetingId, '/preliminary'), {
      token: after,
      body: { objectionDays: 3 },
    })
    expect(prelim).toMatchObject({ status: 422, body: { error: { code: 'NoObjectionWindow' } } })
    const final = await k.h.request('POST', k.path(meeting.meetingId, '/final'), { token: after, body: {} })
    expect(final).toMatchObject({ status: 200, body: { status: 'final' } })
    expect(final.body.preliminaryAt).toBeUndefined()
    const result = await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('owner') })
    expect(result.body).toMatchObject({
      status: 'final',
      motions: [{ raw: { yesHeads: 1 } }, { raw: { yesHeads: 1 } }],
    })
    const events = await listEvents(k.h.deps.db, k.h.compoundId, k.clock.now().toISOString().slice(0, 7))
    expect(
      events.find((e) => e.action === 'result.final_published' && e.subject === meeting.meetingId)?.data,
    ).toMatchObject({ objectionWindow: 'none', from: 'closed' })
    await k.settings((s) => {
      delete s.objectionWindowDays
    })
  })

  it('where the rules fix a window, takes it by default and refuses a shorter one', async () => {
    await k.settings((s) => {
      s.objectionWindowDays = 5
    })
    const meeting = await k.opened()
    await k.close(meeting)
    const committee = await k.as('committee')
    const short = await k.h.request('POST', k.path(meeting.meetingId, '/preliminary'), {
      token: committee,
      body: { objectionDays: 2 },
    })
    expect(short).toMatchObject({ status: 422, body: { error: { code: 'ObjectionWindowTooShort' } } })
    const prelim = await k.h.request('POST', k.path(meeting.meetingId, '/preliminary'), { token: committee, body: {} })
    expect(Date.parse(prelim.body.objectionDeadline) - k.clock.now().getTime()).toBe(5 * 86_400_000)
    const early = await k.h.request('POST', k.path(meeting.meetingId, '/final'), { token: committee, body: {} })
    expect(early.body.error.message).toMatch(/^异议期到 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 才结束$/)
    await k.settings((s) => {
      delete s.objectionWindowDays
    })
  })
})
