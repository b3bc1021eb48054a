import { instrumentDb } from '@jiayuan/db'
import { startAssembly, type AssemblyKit } from '../assembly/assembly-helpers'
import { PAGE_SIZE, addPeople, announcementsWaiting, messagesPerMember, runJob, sent } from './notify-kit'

/**
 * Compound announcements through the outbox (issues #4, #6): one outbox entry per event, written with it; the
 * job fans it out to owners only (assembly) page by page with a saved cursor; reruns and crashes mid-way
 * neither lose nor duplicate a recipient's inbox message or subscribe message.
 */

let k: AssemblyKit
const OWNERS = 4 + 25 // the seed's owners (李建国, 张伟, 周明, 吴红) and the ones added here
beforeAll(async () => {
  k = await startAssembly()
  await addPeople(k, 25, 3)
})
afterAll(async () => k.h.close())

const isOwner = (roles: string[]) => roles.includes('owner')

async function grant(persona: string, templateId: string) {
  const res = await k.h.request('POST', `/v1/compounds/${k.h.compoundId}/subscriptions`, {
    token: await k.as(persona),
    body: { templateId, accepted: true },
  })
  expect(res.status).toBe(200)
}

describe('a meeting notice reaches every owner once (DOMAIN V9)', () => {
  let meetingId: string

  it('writes one outbox entry with the notice, not one per owner', async () => {
    await grant('owner', 'tpl-meeting-notice')
    const meeting = await k.noticed()
    meetingId = meeting.meetingId
    const waiting = await announcementsWaiting(k)
    expect(waiting).toHaveLength(1)
    expect(waiting[0]).toMatchObject({
      audience: 'owners',
      announcement: { kind: 'meeting_notice', link: { to: 'meeting', meetingId } },
    })
    expect((await messagesPerMember(k, meetingId)).every((m) => m.messages.length === 0)).toBe(true)
  })

  it('puts exactly one message in each owner’s inbox after the job runs; tenants and staff get none', async () => {
    const summary = await runJob(k)
    expect(summary.errors).toBe(0)
    expect(summary.announcements.inbox).toEqual({ delivered: OWNERS, duplicate: 0 })
    const members = await messagesPerMember(k, meetingId)
    for (const m of members)
      expect({ userId: m.userId, count: m.messages.length }).toEqual({
        userId: m.userId,
        count: isOwner(m.roles) ? 1 : 0,
      })
    expect(members.filter((m) => !isOwner(m.roles) && m.roles.includes('resident')).length).toBeGreaterThanOrEqual(5)
    expect(await announcementsWaiting(k)).toHaveLength(0)
  })

  it('sends the subscribe message only to the owner who granted quota, opening the meeting', async () => {
    const toMeeting = sent(k).filter((m) => m.page.includes(meetingId))
    expect(toMeeting).toEqual([
      expect.objectContaining({
        toUserId: `${k.h.prefix}u-owner`,
        templateId: 'tpl-meeting-notice',
        page: `pages/vote/meeting/index?id=${meetingId}`,
      }),
    ])
    expect(toMeeting[0]?.data.thing1).toContain('业主大会公告')
    const subs = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/subscriptions`, {
      token: await k.as('owner'),
    })
    expect(subs.body.quotas).toContainEqual({ templateId: 'tpl-meeting-notice', remaining: 0 })
    expect(subs.body.recent).toContainEqual(
      expect.objectContaining({ kind: 'meeting_notice', status: 'sent', messageId: expect.any(String) }),
    )
  })

  it('running the job again adds nothing', async () => {
    const again = await runJob(k)
    expect(again.announcements.inbox).toEqual({ delivered: 0, duplicate: 0 })
    expect((await messagesPerMember(k, meetingId)).reduce((n, m) => n + m.messages.length, 0)).toBe(OWNERS)
    expect(sent(k).filter((m) => m.page.includes(meetingId))).toHaveLength(1)
  })

  it('announces an extension of the voting window with its reason', async () => {
    const meeting = await k.h.request('GET', k.path(meetingId), { token: await k.as('committee') })
    k.clock.to(meeting.body.votingOpensAt)
    expect((await k.h.request('POST', k.path(meetingId, '/open'), { token: await k.as('committee') })).status).toBe(200)
    const later = new Date(Date.parse(meeting.body.votingClosesAt) + 2 * 86_400_000).toISOString()
    const extended = await k.h.request('POST', k.path(meetingId, '/extend'), {
      token: await k.as('committee'),
      body: { votingClosesAt: later, reason: '参与率不足，延长两天' },
    })
    expect(extended.status).toBe(200)
    await runJob(k)
    const owner = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('owner') })
    expect(owner.body.messages[0]).toMatchObject({ kind: 'voting_extended', link: { to: 'meeting', meetingId } })
    expect(owner.body.messages[0].body).toContain('参与率不足，延长两天')
  })

  it('announces the preliminary and the final result, opening the result page', async () => {
    await k.close((await k.h.request('GET', k.path(meetingId), { token: await k.as('committee') })).body)
    const prelim = await k.h.request('POST', k.path(meetingId, '/preliminary'), {
      token: await k.as('committee'),
      body: { objectionDays: 3 },
    })
    expect(prelim.status).toBe(200)
    await runJob(k)
    k.clock.to(prelim.body.objectionDeadline, 1000)
    expect(
      (await k.h.request('POST', k.path(meetingId, '/final'), { token: await k.as('committee'), body: {} })).status,
    ).toBe(200)
    await runJob(k)
    const kinds = (await messagesPerMember(k, meetingId))
      .filter((m) => isOwner(m.roles))
      .map((m) =>
        m.messages
          .map((msg) => msg.kind)
          .sort()
          .join(','),
      )
    expect(new Set(kinds)).toEqual(new Set(['meeting_notice,result_final,result_preliminary,voting_extended']))
    const tenant = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('resident') })
    expect(tenant.body).toEqual({ messages: [], unread: 0 })
  })
})

describe('a crash in the middle of a fan-out loses and duplicates nothing', () => {
  it.each([1, 9, 40, 75])(
    'write %i fails: the entry stays, the rerun resumes from its cursor, each owner has one message',
    async (nth) => {
      const { meetingId } = await k.noticed()
      const before = sent(k).length
      const probe = instrumentDb(k.h.deps.db)
      try {
        probe.failWrites({ nth, error: 'internal' })
        const crashed = await runJob(k)
        expect(crashed.errors).toBe(1)
      } finally {
        probe.clearFaults()
        probe.detach()
      }
      const [left] = await announcementsWaiting(k)
      expect(left?.announcement.link).toEqual({ to: 'meeting', meetingId })
      // Past the first page (about 15 writes), the entry carries the cursor the rerun starts from.
      if (nth >= 40) expect(left?.cursor).toEqual(expect.objectContaining({ GSI1PK: `C#${k.h.compoundId}#MEMBERS` }))
      const firstRun = (await messagesPerMember(k, meetingId)).reduce((n, m) => n + m.messages.length, 0)
      expect(firstRun).toBeLessThan(OWNERS)

      const resumed = await runJob(k)
      expect(resumed.errors).toBe(0)
      // Only the page it was on is done again; pages before the saved cursor are not read at all.
      expect(resumed.announcements.inbox.duplicate).toBeLessThanOrEqual(PAGE_SIZE)
      expect(firstRun + resumed.announcements.inbox.delivered).toBe(OWNERS)
      expect(await announcementsWaiting(k)).toHaveLength(0)
      for (const m of await messagesPerMember(k, meetingId)) expect(m.messages).toHaveLength(isOwner(m.roles) ? 1 : 0)
      // Nobody has quota left for notices here, so nothing is sent, twice or otherwise.
      expect(sent(k).length).toBe(before)
    },
  )

  it('a subscribe message sent just before a crash is never sent again', async () => {
    await grant('co-owner', 'tpl-meeting-notice')
    const { meetingId } = await k.noticed()
    const probe = instrumentDb(k.h.deps.db)
    const notifier = k.h.deps.notifier
    const send = notifier.send.bind(notifier)
    // The process dies right after WeChat accepted the message: every write from then on fails.
    notifier.send = async (message) => {
      const result = await send(message)
      probe.failWrites({ nth: 1, times: 1000, error: 'internal' })
      return result
    }
    try {
      expect((await runJob(k)).errors).toBe(1)
    } finally {
      notifier.send = send
      probe.clearFaults()
      probe.detach()
    }
    expect(await announcementsWaiting(k)).toHaveLength(1)
    expect((await runJob(k)).errors).toBe(0)
    expect(sent(k).filter((m) => m.page.includes(meetingId))).toEqual([
      expect.objectContaining({ toUserId: `${k.h.prefix}u-co-owner` }),
    ])
    for (const m of await messagesPerMember(k, meetingId)) expect(m.messages).toHaveLength(isOwner(m.roles) ? 1 : 0)
  })
})
