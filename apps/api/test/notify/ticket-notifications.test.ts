import type { InboxMessage } from '@jiayuan/contracts'
import { listInboxMessages, listOutbox, listOutboxItems, listSms, outboxPut, type OutboxEntry } from '@jiayuan/db'
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { startHarness, type Harness } from '../harness'
import { actOk, drainOutbox, makeWorker, reportOk, setClock, sh, tokenOf, uploadPhoto } from '../tickets/tickets-kit'
import type { SmsMessage } from '../../src/sms/sms'

/**
 * Ticket notifications (DOMAIN T9): every state change reaches exactly the people it concerns, once each, in
 * their inbox (消息); a rerun or a racing run of the outbox job adds nothing; SMS goes only to people who chose
 * it; the badges count unread messages, and 我的报修's counts only those about the person's own reports.
 */

let h: Harness
const uid = (persona: string) => `${h.prefix}u-${persona}`
const smsSent = () => (h.deps.sms as unknown as { sent: SmsMessage[] }).sent

beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-07-01 09:00'))
})
afterAll(async () => h.close())

/** All of a person's messages in the compound, newest first, page by page. */
async function inbox(userId: string): Promise<InboxMessage[]> {
  const messages: InboxMessage[] = []
  let before: string | undefined
  do {
    const page = await listInboxMessages(h.deps.db, userId, h.compoundId, { limit: 50, ...(before ? { before } : {}) })
    messages.push(...page.messages)
    before = page.next
  } while (before)
  return messages
}

/** Each person's messages about one ticket, as `kind: title`, oldest first. */
async function about(ticketId: string, ...userIds: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const userId of userIds) {
    out[userId] = (await inbox(userId))
      .filter((m) => m.link.to === 'ticket' && m.link.ticketId === ticketId)
      .reverse()
      .map((m) => `${m.kind}: ${m.title}`)
  }
  return out
}

async function follow(token: string, ticketId: string): Promise<void> {
  const res = await h.request('POST', `/v1/compounds/${h.compoundId}/tickets/${ticketId}/follow`, { token })
  expect(res.status).toBe(200)
}

describe('who is told of each change (DOMAIN T9)', () => {
  it('tells the requester and followers of each step, the worker of a reopen, never the one who acted', async () => {
    const resident = await tokenOf(h, 'resident')
    const worker = await tokenOf(h, 'grid-a')
    const id = await reportOk(h, resident)
    await follow(await tokenOf(h, 'owner'), id)
    const step = async (token: string, action: Record<string, unknown>) => {
      setClock(h, new Date(h.deps.clock().getTime() + 60_000))
      await actOk(h, token, id, action)
    }
    await step(worker, { type: 'claim' })
    await step(worker, { type: 'contact' })
    await step(worker, { type: 'arrive' })
    await step(worker, { type: 'resolve', note: '换了灯泡', photoKeys: [await uploadPhoto(h, worker)] })
    await step(resident, { type: 'reopen', reason: '灯又不亮了' })
    await drainOutbox(h)
    expect(await about(id, uid('resident'), uid('owner'), uid('grid-a'), uid('staff'))).toEqual({
      [uid('resident')]: [
        'claimed: 您的报修已被陈静认领',
        'contacted: 陈静已就您的报修联系报修人',
        'on_site: 陈静已到现场处理您的报修',
        'resolved: 您的报修已处理完成，请查看结果并确认',
      ],
      [uid('owner')]: [
        'claimed: 您关注的报修已被陈静认领',
        'contacted: 陈静已就您关注的报修联系报修人',
        'on_site: 陈静已到现场处理您关注的报修',
        'resolved: 您关注的报修已处理完成，请查看结果并确认',
        'reopened: 一张报修被报修人重新打开，请查看',
      ],
      [uid('grid-a')]: ['new_in_grid: 您的网格有一张新报修，请尽快认领', 'reopened: 一张报修被报修人重新打开，请查看'],
      [uid('staff')]: [],
    })
  })

  it('tells the worker a ticket is dispatched to, and the requester who holds it', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    setClock(h, new Date(h.deps.clock().getTime() + 60_000))
    await actOk(h, await tokenOf(h, 'staff'), id, { type: 'dispatch', to: { kind: 'worker', workerId: uid('grid-a') } })
    await drainOutbox(h)
    expect(await about(id, uid('resident'), uid('grid-a'), uid('staff'))).toEqual({
      [uid('resident')]: ['claimed: 您的报修已被陈静认领'],
      [uid('grid-a')]: [
        'new_in_grid: 您的网格有一张新报修，请尽快认领',
        'dispatched: 孙丽把一张报修派给了您，请尽快联系报修人',
      ],
      [uid('staff')]: [],
    })
  })
})

describe('exactly once', () => {
  it('a crashed run that left its entries behind, rerun, adds nothing', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    await drainOutbox(h)
    await actOk(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })
    const waiting = (await listOutbox(h.deps.db, h.compoundId)).filter((e) => e.work === 'notify')
    expect(waiting).toHaveLength(1)
    await drainOutbox(h)
    // As if the job had died after delivering but before deleting its entries.
    await h.deps.db.doc.send(
      new TransactWriteCommand({ TransactItems: waiting.map((e: OutboxEntry) => outboxPut(h.deps.db, e)) }),
    )
    const again = await drainOutbox(h)
    expect(again.ticketInbox).toEqual({ delivered: 0, duplicate: 1 })
    expect(await about(id, uid('resident'))).toEqual({ [uid('resident')]: ['claimed: 您的报修已被陈静认领'] })
  })

  it('a report’s check and notice are one outbox item; a failed check stays alone, the notice is not sent again', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    const items = (await listOutboxItems(h.deps.db, h.compoundId)).filter((item) =>
      item.entries.some((e) => 'ticketId' in e && e.ticketId === id),
    )
    expect(items.map((item) => item.entries.map((e) => e.work))).toEqual([['moderate', 'notify']])
    const moderation = h.deps.moderation
    h.deps.moderation = {
      checkText: () => Promise.reject(new Error('msgSecCheck unreachable')),
      checkImage: () => Promise.reject(new Error('msgSecCheck unreachable')),
    }
    try {
      const first = await drainOutbox(h)
      expect(first.errors).toBe(1)
    } finally {
      h.deps.moderation = moderation
    }
    const left = (await listOutboxItems(h.deps.db, h.compoundId)).filter((item) =>
      item.entries.some((e) => 'ticketId' in e && e.ticketId === id),
    )
    expect(left.map((item) => ({ key: item.key, works: item.entries.map((e) => e.work) }))).toEqual([
      { key: items[0]?.key, works: ['moderate'] },
    ])
    const second = await drainOutbox(h)
    expect(second).toMatchObject({ errors: 0, moderated: 1, ticketInbox: { delivered: 0, duplicate: 0 } })
    expect(await listOutbox(h.deps.db, h.compoundId)).toEqual([])
    const told = (await inbox(uid('grid-a'))).filter((m) => m.link.to === 'ticket' && m.link.ticketId === id)
    expect(told).toHaveLength(1)
  })

  it('100 tickets claimed at once, drained by 4 racing jobs: one message per event and recipient', async () => {
    const resident = await tokenOf(h, 'resident')
    const ids: string[] = []
    for (let i = 0; i < 100; i += 10) {
      ids.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, k) => reportOk(h, resident, { description: `灯${i + k}` })),
        )),
      )
    }
    const workers = []
    for (let i = 0; i < 100; i += 20) {
      workers.push(...(await Promise.all(Array.from({ length: 20 }, (_, k) => makeWorker(h, `n${i + k}`, ['grid-a'])))))
    }
    // The reports' own notices (new in grid-a) go out first; what is counted below is the claims'.
    await drainOutbox(h)
    const claims = await Promise.all(workers.map((w, i) => actOk(h, w.token, ids[i] ?? '', { type: 'claim' })))
    expect(claims).toHaveLength(100)
    const runs = await Promise.all([drainOutbox(h), drainOutbox(h), drainOutbox(h), drainOutbox(h)])
    const delivered = runs.reduce((sum, r) => sum + r.ticketInbox.delivered, 0)
    expect(delivered).toBe(100)
    const mine = new Set(ids)
    const messages = await inbox(uid('resident'))
    const claimed = messages.filter((m) => m.link.to === 'ticket' && mine.has(m.link.ticketId))
    expect(claimed).toHaveLength(100)
    expect(new Set(claimed.map((m) => (m.link.to === 'ticket' ? m.link.ticketId : ''))).size).toBe(100)
    expect(claimed.every((m) => m.kind === 'claimed' && m.mine === true)).toBe(true)
  }, 600_000)
})

describe('channels and badges', () => {
  const prefsPath = '/v1/me/notification-prefs'

  it('refuses SMS without a valid phone, naming the field, and changes nothing', async () => {
    const token = await tokenOf(h, 'owner')
    expect(await h.request('PUT', prefsPath, { token, body: { wechat: true, sms: true } })).toMatchObject({
      status: 400,
      body: { error: { details: [expect.objectContaining({ field: 'body.phone' })] } },
    })
    expect(
      await h.request('PUT', prefsPath, { token, body: { wechat: true, sms: true, phone: '1234' } }),
    ).toMatchObject({ status: 400, body: { error: { details: [expect.objectContaining({ field: 'body.phone' })] } } })
    expect(await h.request('GET', prefsPath, { token })).toMatchObject({
      status: 200,
      body: { wechat: true, sms: false },
    })
  })

  it('texts only those who chose SMS, once, through the recorded provider', async () => {
    const resident = await tokenOf(h, 'resident')
    const set = await h.request('PUT', prefsPath, {
      token: resident,
      body: { wechat: false, sms: true, phone: '13800001111' },
    })
    expect(set).toMatchObject({ status: 200, body: { wechat: false, sms: true, phone: '13800001111' } })
    await drainOutbox(h)
    const id = await reportOk(h, resident, { description: '二单元门禁坏了' })
    await follow(await tokenOf(h, 'owner'), id)
    await drainOutbox(h)
    const before = smsSent().length
    await actOk(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })
    const first = await drainOutbox(h)
    expect(first.sms).toMatchObject({ sent: 1, skipped: 1 })
    expect(smsSent().slice(before)).toEqual([
      { phone: '13800001111', templateId: 'sms-claimed', params: ['二单元门禁坏了', '您的报修已被陈静认领'] },
    ])
    expect(await listSms(h.deps.db, uid('owner'))).toEqual([])
    const log = await listSms(h.deps.db, uid('resident'))
    expect(log.map((r) => r.status)).toEqual(['sent'])
    // WeChat turned off: no subscribe message reserved for the resident.
    expect(first.notifications.sent + first.notifications.duplicate).toBeLessThanOrEqual(1)
  })

  it('counts unread messages, and on 我的报修 only those about the caller’s own reports', async () => {
    const owner = await tokenOf(h, 'owner')
    const resident = await tokenOf(h, 'resident')
    const unread = async (token: string) =>
      (await h.request('GET', `/v1/compounds/${h.compoundId}/inbox/unread`, { token })).body
    const id = await reportOk(h, resident, { description: '三楼窗户破了' })
    await follow(owner, id)
    await actOk(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })
    await drainOutbox(h)
    const residentMessages = await inbox(uid('resident'))
    expect(await unread(resident)).toEqual({
      unread: residentMessages.length,
      mineUnread: residentMessages.filter((m) => m.mine).length,
    })
    const ownerCounts = await unread(owner)
    expect(ownerCounts.mineUnread).toBe(0)
    expect(ownerCounts.unread).toBeGreaterThan(0)
    const latest = residentMessages[0]
    if (!latest) throw new Error('the resident has messages')
    const read = await h.request('POST', `/v1/compounds/${h.compoundId}/inbox/${latest.messageId}/read`, {
      token: resident,
    })
    expect(read.status).toBe(200)
    expect(await unread(resident)).toEqual({
      unread: residentMessages.length - 1,
      mineUnread: residentMessages.filter((m) => m.mine).length - 1,
    })
  })
})
