import { startAssembly, type AssemblyKit } from '../assembly/assembly-helpers'
import { addPeople, messagesPerMember, runJob } from './notify-kit'

/**
 * The in-app inbox (消息) over HTTP: each member reads and marks only their own messages, paged newest first;
 * another compound's inbox is refused; a published monthly report (and its correction) reaches every resident
 * member, tenants included, and nobody who only works there (DOMAIN D3).
 */

let k: AssemblyKit
const inboxPath = (compoundId = k.h.compoundId, rest = '') => `/v1/compounds/${compoundId}/inbox${rest}`
const get = async (persona: string, rest = '', compoundId?: string) =>
  k.h.request('GET', inboxPath(compoundId, rest), { token: await k.as(persona) })
const markRead = async (persona: string, messageId: string) =>
  k.h.request('POST', inboxPath(undefined, `/${messageId}/read`), { token: await k.as(persona) })

beforeAll(async () => {
  k = await startAssembly()
  await addPeople(k, 2, 2)
  // Three announcements for the owners, oldest first.
  for (let i = 0; i < 3; i++) {
    await k.noticed()
    k.clock.advance(60_000)
  }
  await runJob(k)
})
afterAll(async () => k.h.close())

describe('the inbox', () => {
  it('lists the caller’s messages newest first, paged by `before`, with the unread count', async () => {
    const all = await get('owner')
    expect(all.status).toBe(200)
    expect(all.body.unread).toBe(3)
    expect(all.body.messages).toHaveLength(3)
    expect(all.body.next).toBeUndefined()
    const times = all.body.messages.map((m: { at: string }) => m.at)
    expect([...times].sort().reverse()).toEqual(times)

    const first = await get('owner', '?limit=2')
    expect(first.body.messages.map((m: { messageId: string }) => m.messageId)).toEqual(
      all.body.messages.slice(0, 2).map((m: { messageId: string }) => m.messageId),
    )
    expect(first.body.next).toBe(first.body.messages[1].messageId)
    const second = await get('owner', `?limit=2&before=${first.body.next}`)
    expect(second.body.messages.map((m: { messageId: string }) => m.messageId)).toEqual([
      all.body.messages[2].messageId,
    ])
    expect(second.body.next).toBeUndefined()
  })

  it('refuses bad paging input naming the field', async () => {
    expect(await get('owner', '?limit=0')).toMatchObject({
      status: 400,
      body: { error: { details: [expect.objectContaining({ field: 'query.limit' })] } },
    })
    expect(await get('owner', '?before=a%2Fb')).toMatchObject({
      status: 400,
      body: { error: { details: [expect.objectContaining({ field: 'query.before' })] } },
    })
  })

  it('marks one of the caller’s own messages read, once; another person’s copy stays unread', async () => {
    const [newest] = (await get('owner')).body.messages
    const read = await markRead('owner', newest.messageId)
    expect(read).toMatchObject({
      status: 200,
      body: { messageId: newest.messageId, readAt: k.clock.now().toISOString() },
    })
    k.clock.advance(60_000)
    expect((await markRead('owner', newest.messageId)).body.readAt).toBe(read.body.readAt)
    expect((await get('owner', '/unread')).body).toEqual({ unread: 2, mineUnread: 0 })
    expect((await get('owner')).body.messages[0].readAt).toBe(read.body.readAt)
    expect((await get('co-owner', '/unread')).body).toEqual({ unread: 3, mineUnread: 0 })
    expect((await get('co-owner')).body.messages[0]).not.toHaveProperty('readAt')
  })

  it('answers 404 for a message the caller does not have, and shows a tenant nothing of the owners’', async () => {
    const [newest] = (await get('owner')).body.messages
    expect((await markRead('resident', newest.messageId)).status).toBe(404)
    expect((await markRead('owner', '20990101000000000nosuchmsg')).status).toBe(404)
    expect((await get('resident')).body).toEqual({ messages: [], unread: 0 })
    expect((await get('resident', '/unread')).body).toEqual({ unread: 0, mineUnread: 0 })
  })

  it('refuses another compound’s inbox to a non-member, and asks for a login', async () => {
    expect((await get('co-owner', '', k.h.secondCompoundId)).status).toBe(403)
    expect((await get('co-owner', '/unread', k.h.secondCompoundId)).status).toBe(403)
    // 李建国 also lives in 幸福里: there he has his own inbox, which holds nothing of 和谐家园's.
    expect((await get('owner', '', k.h.secondCompoundId)).body).toEqual({ messages: [], unread: 0 })
    expect((await k.h.request('GET', inboxPath())).status).toBe(401)
  })
})

describe('a published monthly report reaches every resident member (DOMAIN D3)', () => {
  const month = '2025-02'
  const reports = `/v1/compounds/{cid}/reports/${month}`

  it('on publication and on each correction, tenants included, staff-only members not', async () => {
    const committee = await k.as('committee')
    const base = reports.replace('{cid}', k.h.compoundId)
    expect((await k.h.request('POST', `${base}/draft`, { token: committee })).status).toBe(200)
    const narrative = { servicesDone: '完成电梯维保。', nextMonthPlan: '外墙清洗。' }
    expect(
      (await k.h.request('PUT', `${base}/versions/1/narrative`, { token: committee, body: { narrative } })).status,
    ).toBe(200)
    expect((await k.h.request('POST', `${base}/versions/1/publish`, { token: committee, body: {} })).status).toBe(200)
    expect((await runJob(k)).announcements.inbox.duplicate).toBe(0)
    const reached = await messagesPerMember(k, month)
    for (const m of reached) {
      const resident = m.roles.includes('resident') || m.roles.includes('owner')
      expect({ userId: m.userId, count: m.messages.length }).toEqual({ userId: m.userId, count: resident ? 1 : 0 })
    }
    expect(reached.filter((m) => m.messages.length === 1).length).toBeGreaterThanOrEqual(8)
    const tenant = (await get('resident')).body.messages[0]
    expect(tenant).toMatchObject({
      kind: 'report_published',
      title: '2025年2月物业月报已发布',
      link: { to: 'report', month, version: 1 },
    })

    k.clock.advance(3_600_000)
    expect((await k.h.request('POST', `${base}/draft`, { token: committee })).status).toBe(200)
    const changeNote = '更正二月份保洁支出的分类'
    expect(
      (await k.h.request('POST', `${base}/versions/2/publish`, { token: committee, body: { changeNote } })).status,
    ).toBe(200)
    await runJob(k)
    const corrected = (await get('resident')).body.messages[0]
    expect(corrected).toMatchObject({
      title: '2025年2月物业月报已更正（第 2 版）',
      body: `更正说明：${changeNote}`,
      link: { version: 2 },
    })
    expect((await get('grid-a')).body.messages).toEqual([])
  })
})
