import type { SubscribeMessage } from '../../src/wechat/notifier'
import { startHarness, type Harness } from '../harness'
import {
  act,
  actOk,
  detail,
  drainOutbox,
  report,
  reportOk,
  resolveOk,
  setClock,
  sh,
  sweep,
  ticketsPath,
  tokenOf,
  uploadPhoto,
} from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-06-03 09:00'))
})
afterAll(async () => h.close())

const sent = () => (h.deps.notifier as unknown as { sent: SubscribeMessage[] }).sent

describe('a 随手拍 report from photo to closed and reopened (DOMAIN T1–T5)', () => {
  it('runs the whole lifecycle over HTTP, photos through the local S3', async () => {
    const resident = await tokenOf(h, 'resident')
    const photos = [await uploadPhoto(h, resident), await uploadPhoto(h, resident)]
    const body = {
      category: 'repair',
      location: { kind: 'unit', unitId: 'b2-1-201' },
      description: '2单元楼道灯不亮，请联系13812348888',
      photoKeys: photos,
      idempotencyKey: 'lifecycle-0001',
    }
    const created = await h.request('POST', ticketsPath(h), { token: resident, body })
    expect(created.status).toBe(201)
    const { ticket, sla } = created.body
    // Routed to the grid that covers building b2; priority from the category's SLA row.
    expect(ticket).toMatchObject({
      status: 'submitted',
      gridId: 'grid-a',
      priority: 'normal',
      triage: 'property',
      unitLabel: '2-1-201',
      descriptionModeration: 'pending',
    })
    expect(sla).toMatchObject({ respond: 'pending', overdue: false, remainingMinutes: 24 * 60 })

    const retried = await h.request('POST', ticketsPath(h), { token: resident, body })
    expect(retried.body.ticket.ticketId).toBe(ticket.ticketId)
    const mine = await h.request('GET', ticketsPath(h, '/mine'), { token: resident })
    expect(
      mine.body.reported.filter((v: { ticket: { ticketId: string } }) => v.ticket.ticketId === ticket.ticketId),
    ).toHaveLength(1)

    // A neighbour about to report the same thing is shown it, follows it instead, and reads it masked.
    const owner = await tokenOf(h, 'owner')
    const similar = await h.request('GET', ticketsPath(h, '/similar?category=repair&unitId=b2-1-201'), { token: owner })
    expect(similar.body.tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual([ticket.ticketId])
    expect(similar.body.tickets[0].location).toEqual({ kind: 'unit', maskedLabel: '2栋*单元**室' })
    expect((await h.request('POST', ticketsPath(h, `/${ticket.ticketId}/follow`), { token: owner })).status).toBe(200)
    const following = await h.request('GET', ticketsPath(h, '/mine'), { token: owner })
    expect(following.body.following.map((t: { ticketId: string }) => t.ticketId)).toEqual([ticket.ticketId])
    expect(JSON.stringify(following.body.following)).not.toContain(`${h.prefix}u-resident`)

    // Subscriptions granted at the submit tap: one send each (DOMAIN W4).
    for (const token of [resident, owner]) {
      const granted = await h.request('POST', `/v1/compounds/${h.compoundId}/subscriptions`, {
        token,
        body: { templateId: 'tpl-ticket-claimed', accepted: true },
      })
      expect(granted.body.quotas).toEqual([{ templateId: 'tpl-ticket-claimed', remaining: 1 }])
    }
    await h.request('POST', `/v1/compounds/${h.compoundId}/subscriptions`, {
      token: resident,
      body: { templateId: 'tpl-ticket-resolved', accepted: true },
    })

    setClock(h, sh('2024-06-03 09:20'))
    const worker = await tokenOf(h, 'grid-a')
    const queue = await h.request('GET', ticketsPath(h, '/queue'), { token: worker })
    expect(queue.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)).toContain(
      ticket.ticketId,
    )
    const claimed = await actOk(h, worker, ticket.ticketId, { type: 'claim' })
    expect(claimed.ticket).toMatchObject({
      status: 'accepted',
      assigneeId: `${h.prefix}u-grid-a`,
      acceptedAt: sh('2024-06-03 09:20').toISOString(),
    })
    expect(claimed.sla.respond).toBe('met')
    await actOk(h, worker, ticket.ticketId, { type: 'contact' })

    // Waiting on the resident stops the SLA clock, with a reason; resuming starts it again.
    setClock(h, sh('2024-06-03 09:30'))
    const waiting = await actOk(h, worker, ticket.ticketId, { type: 'wait_on_resident', reason: '住户不在家，约晚上' })
    expect(waiting.ticket.status).toBe('waiting_on_resident')
    setClock(h, sh('2024-06-03 19:30'))
    const resumed = await actOk(h, await tokenOf(h, 'resident'), ticket.ticketId, { type: 'resume' })
    expect(resumed.ticket).toMatchObject({
      status: 'contacted',
      pauses: [{ startedAt: sh('2024-06-03 09:30').toISOString(), endedAt: sh('2024-06-03 19:30').toISOString() }],
    })
    // Ten hours of pause push the on-site deadline (3 days) back by ten hours.
    expect(resumed.sla.deadlines.onSiteBy).toBe(sh('2024-06-06 19:00').toISOString())

    setClock(h, sh('2024-06-03 20:00'))
    const worker2 = await tokenOf(h, 'grid-a')
    await actOk(h, worker2, ticket.ticketId, { type: 'arrive' })
    const after = await uploadPhoto(h, worker2)
    await actOk(h, worker2, ticket.ticketId, { type: 'add_after_photos', photoKeys: [after] })
    const resolved = await actOk(h, worker2, ticket.ticketId, { type: 'resolve', note: '已更换灯泡' })
    expect(resolved.ticket).toMatchObject({
      status: 'resolved',
      resolutionNote: '已更换灯泡',
      afterPhotos: [{ key: after, moderation: 'pending' }],
    })

    // The requester's detail: timeline, and presigned URLs that really serve the photos from S3.
    const resident2 = await tokenOf(h, 'resident')
    const seen = await detail(h, resident2, ticket.ticketId)
    expect(seen.status).toBe(200)
    expect(seen.body.events.map((e: { type: string }) => e.type)).toEqual([
      'submit',
      'claim',
      'contact',
      'wait_on_resident',
      'resume',
      'arrive',
      'add_after_photos',
      'resolve',
    ])
    expect(seen.body.events[3]).toMatchObject({
      actorId: `${h.prefix}u-grid-a`,
      actorRole: 'grid_worker',
      reason: '住户不在家，约晚上',
      from: 'contacted',
      to: 'waiting_on_resident',
    })
    expect(seen.body.followers).toBe(1)
    expect(Object.keys(seen.body.photoUrls).sort()).toEqual([...photos, after].sort())
    for (const url of Object.values(seen.body.photoUrls) as string[]) expect((await fetch(url)).status).toBe(200)

    // Confirm and rate; the sweep closes a confirmed ticket.
    await actOk(h, resident2, ticket.ticketId, { type: 'confirm' })
    const rated = await actOk(h, resident2, ticket.ticketId, { type: 'rate', rating: { score: 4, comment: '挺快的' } })
    expect(rated.ticket.rating).toMatchObject({ score: 4, comment: '挺快的' })
    expect((await act(h, resident2, ticket.ticketId, { type: 'rate', rating: { score: 5 } })).body.error.code).toBe(
      'AlreadyRated',
    )
    await sweep(h)
    expect((await detail(h, resident2, ticket.ticketId)).body.ticket).toMatchObject({
      status: 'closed',
      closeKind: 'confirmed',
    })

    // Notifications went out of the outbox: claimed to requester and follower, resolved to the requester.
    const summary = await drainOutbox(h)
    expect(summary.errors).toBe(0)
    const toTicket = sent().filter((m) => m.page.includes(ticket.ticketId))
    expect(toTicket.map((m) => `${m.templateId}>${m.toUserId.replace(h.prefix, '')}`).sort()).toEqual([
      'tpl-ticket-claimed>u-owner',
      'tpl-ticket-claimed>u-resident',
      'tpl-ticket-resolved>u-resident',
    ])
    const subs = await h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, { token: resident2 })
    expect(subs.body.quotas).toEqual(
      expect.arrayContaining([
        { templateId: 'tpl-ticket-claimed', remaining: 0 },
        { templateId: 'tpl-ticket-resolved', remaining: 0 },
      ]),
    )
    expect(subs.body.recent.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`).sort()).toEqual([
      'claimed:sent',
      'contacted:skipped',
      'on_site:skipped',
      'resolved:sent',
    ])

    // Reopen within the window needs a reason; the worker who fixed it is told.
    setClock(h, sh('2024-06-05 09:00'))
    const resident3 = await tokenOf(h, 'resident')
    const noReason = await act(h, resident3, ticket.ticketId, { type: 'reopen', reason: ' ' })
    expect(noReason).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.reason' }] } } })
    const reopened = await actOk(h, resident3, ticket.ticketId, { type: 'reopen', reason: '灯又不亮了' })
    expect(reopened.ticket).toMatchObject({ status: 'reopened', reopenCount: 1 })
    expect(reopened.ticket).not.toHaveProperty('assigneeId')
    await drainOutbox(h)
    const workerLog = await h.request('GET', `/v1/compounds/${h.compoundId}/subscriptions`, {
      token: await tokenOf(h, 'grid-a'),
    })
    // The worker granted nothing: the new-report and reopen notices are skipped and recorded (quota zero).
    expect(workerLog.body.recent).toEqual([
      expect.objectContaining({ kind: 'reopened', status: 'skipped', reason: 'no_quota', ticketId: ticket.ticketId }),
      expect.objectContaining({
        kind: 'new_in_grid',
        status: 'skipped',
        reason: 'no_quota',
        ticketId: ticket.ticketId,
      }),
    ])
  })

  it('refuses a reopen after the window (422) and writes nothing', async () => {
    setClock(h, sh('2024-06-10 09:00'))
    const resident = await tokenOf(h, 'resident')
    const worker = await tokenOf(h, 'grid-a')
    const id = await reportOk(h, resident)
    await actOk(h, worker, id, { type: 'claim' })
    await actOk(h, worker, id, { type: 'contact' })
    await resolveOk(h, worker, id, '电话指导处理')
    await actOk(h, resident, id, { type: 'confirm' })
    setClock(h, sh('2024-06-17 09:01'))
    const late = await act(h, await tokenOf(h, 'resident'), id, { type: 'reopen', reason: '又坏了' })
    expect(late).toMatchObject({ status: 422, body: { error: { code: 'ReopenWindowClosed' } } })
    const after = await detail(h, await tokenOf(h, 'resident'), id)
    expect(after.body.ticket.status).toBe('confirmed')
    expect(after.body.events).toHaveLength(5)
  })

  it('lets a worker hand back and escalate with a reason, and staff triage, dispatch and reassign', async () => {
    setClock(h, sh('2024-06-20 10:00'))
    const resident = await tokenOf(h, 'resident')
    const worker = await tokenOf(h, 'grid-a')
    const staff = await tokenOf(h, 'staff')
    const id = await reportOk(h, resident, {
      category: 'noise',
      location: { kind: 'building', buildingId: 'b1' },
      description: '1号楼夜间装修噪音',
    })

    await actOk(h, worker, id, { type: 'claim' })
    expect((await act(h, worker, id, { type: 'hand_back' })).status).toBe(400)
    const back = await actOk(h, worker, id, { type: 'hand_back', reason: '需要物业协调施工方' })
    expect(back.ticket).toMatchObject({ status: 'handed_back' })
    expect(back.ticket).not.toHaveProperty('assigneeId')

    const triaged = await actOk(h, staff, id, {
      type: 'triage',
      category: 'noise',
      priority: 'complaint',
      triage: 'joint',
    })
    expect(triaged.ticket).toMatchObject({ priority: 'complaint', triage: 'joint', status: 'handed_back' })
    const dispatched = await actOk(h, staff, id, {
      type: 'dispatch',
      to: { kind: 'worker', workerId: `${h.prefix}u-grid-a` },
    })
    expect(dispatched.ticket).toMatchObject({ status: 'accepted', assigneeId: `${h.prefix}u-grid-a`, gridId: 'grid-a' })

    const escalated = await actOk(h, worker, id, {
      type: 'escalate',
      to: 'hotline_12345',
      reason: '涉及违规施工，属城管职责',
    })
    expect(escalated.ticket).toMatchObject({
      status: 'escalated',
      escalation: { to: 'hotline_12345', reason: '涉及违规施工，属城管职责' },
    })
    // Still tracked: the console shows it until someone records the outcome.
    const console = await h.request('GET', ticketsPath(h, '/console?status=escalated'), { token: staff })
    expect(console.body.tickets.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId)).toContain(id)

    const grids = await h.request('GET', ticketsPath(h, '/console?gridId=grid-a&status=escalated'), { token: staff })
    expect(grids.body.tickets).toHaveLength(1)
    const back2 = await actOk(h, staff, id, {
      type: 'dispatch',
      to: { kind: 'worker', workerId: `${h.prefix}u-grid-a` },
    })
    expect(back2.ticket.status).toBe('accepted')
    const other = await actOk(h, staff, id, { type: 'reassign', workerId: `${h.prefix}u-grid-b`, reason: '陈静休假' })
    // A ticket handed to a worker lands in a grid that worker serves.
    expect(other.ticket).toMatchObject({ assigneeId: `${h.prefix}u-grid-b`, gridId: 'grid-b', status: 'accepted' })
    const notWorker = await act(h, staff, id, { type: 'reassign', workerId: `${h.prefix}u-resident`, reason: '试试' })
    expect(notWorker).toMatchObject({
      status: 422,
      body: { error: { code: 'NotAGridWorker', details: { field: 'body.workerId' } } },
    })
    const events = (await detail(h, staff, id)).body.events.map(
      (e: { type: string; reason?: string }) => `${e.type}${e.reason ? `(${e.reason})` : ''}`,
    )
    expect(events).toEqual([
      'submit',
      'claim',
      'hand_back(需要物业协调施工方)',
      'triage',
      'dispatch',
      'escalate(涉及违规施工，属城管职责)',
      'dispatch',
      'reassign(陈静休假)',
    ])
  })

  it('sends a public-area report straight to dispatch; staff route it to a grid pool', async () => {
    setClock(h, sh('2024-06-21 10:00'))
    const id = await reportOk(h, await tokenOf(h, 'owner'), {
      category: 'greening',
      location: { kind: 'public', name: '东门花坛' },
      description: '花坛里的树倒了',
    })
    const staff = await tokenOf(h, 'staff')
    const waiting = await h.request('GET', ticketsPath(h, '/console?awaitingDispatch=true'), { token: staff })
    const row = waiting.body.tickets.find((v: { ticket: { ticketId: string } }) => v.ticket.ticketId === id)
    expect(row.ticket).toMatchObject({ dispatchQueuedAt: sh('2024-06-21 10:00').toISOString() })
    expect(row.ticket).not.toHaveProperty('gridId')
    // No grid holds it, so no worker can claim it.
    expect((await act(h, await tokenOf(h, 'grid-a'), id, { type: 'claim' })).status).toBe(403)
    const routed = await actOk(h, staff, id, { type: 'dispatch', to: { kind: 'grid', gridId: 'grid-b' } })
    expect(routed.ticket).toMatchObject({ gridId: 'grid-b', status: 'submitted' })
    expect(routed.ticket).not.toHaveProperty('dispatchQueuedAt')
    expect((await actOk(h, await tokenOf(h, 'grid-b'), id, { type: 'claim' })).ticket.status).toBe('accepted')
    expect((await act(h, staff, id, { type: 'dispatch', to: { kind: 'grid', gridId: 'grid-x' } })).status).toBe(400)
  })

  it('keeps the precision of a shared part: 2号楼 1单元 楼道 stays the entrance, not the whole building', async () => {
    setClock(h, sh('2024-06-22 09:00'))
    const token = await tokenOf(h, 'resident')
    const location = { kind: 'building', buildingId: 'b2', entrance: '1' }
    const id = await reportOk(h, token, { location, description: '1单元楼道灯不亮' })
    const read = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/${id}`, { token })
    expect(read.body.ticket.location).toEqual(location)
    const floor = { kind: 'building', buildingId: 'b2', entrance: '2', floor: 10 }
    const id2 = await reportOk(h, token, { location: floor, description: '2单元10层楼道窗户坏了' })
    const read2 = await h.request('GET', `/v1/compounds/${h.compoundId}/tickets/${id2}`, { token })
    expect(read2.body.ticket.location).toEqual(floor)
  })

  it('refuses an unknown building, category or photo and writes nothing', async () => {
    setClock(h, sh('2024-06-22 10:00'))
    const token = await tokenOf(h, 'newcomer')
    const noCategory = await report(h, token, { category: undefined })
    expect(noCategory).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.category' }] } } })
    const unknownCategory = await report(h, token, { category: 'pool' })
    expect(unknownCategory).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.category' }] } } })
    const unknownBuilding = await report(h, token, { location: { kind: 'building', buildingId: 'b9' } })
    expect(unknownBuilding).toMatchObject({
      status: 400,
      body: { error: { details: [{ field: 'body.location.buildingId' }] } },
    })
    const unknownEntrance = await report(h, token, { location: { kind: 'building', buildingId: 'b2', entrance: '7' } })
    expect(unknownEntrance.body.error.details[0].field).toBe('body.location.entrance')
    const unknownFloor = await report(h, token, {
      location: { kind: 'building', buildingId: 'b2', entrance: '1', floor: 31 },
    })
    expect(unknownFloor.body.error.details[0].field).toBe('body.location.entrance')
    const unknownUnit = await report(h, token, { location: { kind: 'unit', unitId: 'b1-9-999' } })
    expect(unknownUnit.body.error.details[0].field).toBe('body.location.unitId')
    const tooMany = await report(h, token, {}, 10)
    expect(tooMany).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.photoKeys' }] } } })
    const notUploaded = await report(
      h,
      token,
      { photoKeys: [`${h.compoundId}/ticket_photo/${h.prefix}u-newcomer/none.jpg`] },
      0,
    )
    expect(notUploaded).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.photoKeys.0' }] } } })
    const someoneElses = await uploadPhoto(h, await tokenOf(h, 'resident'))
    const stolen = await report(h, token, { photoKeys: [someoneElses] }, 0)
    expect(stolen.body.error.details[0].field).toBe('body.photoKeys.0')
    const huge = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
      token,
      body: { purpose: 'ticket_photo', contentType: 'image/jpeg', size: 20 * 1024 * 1024 },
    })
    expect(huge).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.size' }] } } })
    const mine = await h.request('GET', ticketsPath(h, '/mine'), { token })
    expect(mine.body.reported).toEqual([])
  })
})
