import { listOutbox } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { act, actOk, detail, reportOk, resolveOk, setClock, sh, tokenOf, uploadPhoto } from './tickets-kit'

let h: Harness
let resident: string
let worker: string
let staff: string
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-08-05 09:00'))
  resident = await tokenOf(h, 'resident')
  worker = await tokenOf(h, 'grid-a')
  staff = await tokenOf(h, 'staff')
})
afterAll(async () => h.close())

/** A report the worker has claimed and reached, ready to be resolved. */
async function onSite(body: Record<string, unknown> = {}): Promise<string> {
  const id = await reportOk(h, resident, body)
  await actOk(h, worker, id, { type: 'claim' })
  await actOk(h, worker, id, { type: 'arrive' })
  return id
}

/** This ticket's outbox work (the outbox also holds announcements, which name no ticket). */
async function workOf(id: string) {
  const outbox = await listOutbox(h.deps.db, h.compoundId)
  return outbox.flatMap((e) => (e.work !== 'announce' && e.ticketId === id ? [e] : []))
}

async function snapshot(id: string) {
  const seen = await detail(h, staff, id)
  const outbox = await listOutbox(h.deps.db, h.compoundId)
  return { ticket: seen.body.ticket, events: seen.body.events, outbox: outbox.length }
}

describe('resolving needs proof (DOMAIN T10)', () => {
  it('refuses a fix without an after-photo, naming body.photoKeys, and writes nothing', async () => {
    const id = await onSite()
    const before = await snapshot(id)
    const res = await act(h, worker, id, { type: 'resolve', note: '已更换灯泡' })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('ProofMissing')
    expect(res.body.error.message).toContain('body.photoKeys')
    expect(res.body.error.details).toEqual([{ field: 'body.photoKeys', message: '请至少拍一张完工照片' }])
    expect(await snapshot(id)).toEqual(before)
  })

  it('refuses a fix without a note, naming body.note, and writes nothing', async () => {
    const id = await onSite()
    const before = await snapshot(id)
    const photo = await uploadPhoto(h, worker)
    for (const note of [undefined, '   ']) {
      const res = await act(h, worker, id, {
        type: 'resolve',
        photoKeys: [photo],
        ...(note === undefined ? {} : { note }),
      })
      expect(res.status).toBe(400)
      expect(res.body.error.details).toEqual([{ field: 'body.note', message: '请写明处理情况' }])
    }
    expect(await snapshot(id)).toEqual(before)
  })

  it('refuses a photo that is not the worker’s own upload, by its index', async () => {
    const id = await onSite()
    const someoneElses = await uploadPhoto(h, resident)
    const res = await act(h, worker, id, { type: 'resolve', note: '已修', photoKeys: [someoneElses] })
    expect(res).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.photoKeys.0' }] } } })
    expect((await detail(h, staff, id)).body.ticket.status).toBe('on_site')
  })

  it('resolves with a photo and a note, and sends the photo to moderation', async () => {
    const id = await onSite()
    const resolved = await resolveOk(h, worker, id, ' 已更换灯泡 ')
    expect(resolved.ticket).toMatchObject({ status: 'resolved', resolutionNote: '已更换灯泡' })
    expect(resolved.ticket.afterPhotos).toHaveLength(1)
    const moderated = (await workOf(id)).flatMap((e) => (e.work === 'moderate' ? [e.photoKeys] : []))
    expect(moderated).toContainEqual([resolved.ticket.afterPhotos[0].key])
  })

  it('lets a waived category (噪音扰民) resolve without a photo, never without a note', async () => {
    const id = await onSite({ category: 'noise' })
    const noNote = await act(h, worker, id, { type: 'resolve' })
    expect(noNote.body.error.details).toEqual([{ field: 'body.note', message: '请写明处理情况' }])
    const res = await actOk(h, worker, id, { type: 'resolve', note: '已上门劝导，装修改到白天' })
    expect(res.ticket).toMatchObject({ status: 'resolved', afterPhotos: [] })
  })

  it('keeps the original note and the amendment in the timeline, and tells the requester', async () => {
    const id = await onSite()
    await resolveOk(h, worker, id, '已更换灯泡')
    const amended = await actOk(h, worker, id, { type: 'amend', note: '补充：灯泡为 LED 15W，保修一年' })
    expect(amended.ticket).toMatchObject({ status: 'resolved', resolutionNote: '已更换灯泡' })
    await actOk(h, resident, id, { type: 'confirm' })
    await actOk(h, staff, id, { type: 'amend', note: '物业已回访' })

    const seen = await detail(h, resident, id)
    const notes = seen.body.events
      .filter((e: { type: string }) => e.type === 'resolve' || e.type === 'amend')
      .map((e: { type: string; note: string }) => [e.type, e.note])
    expect(notes).toEqual([
      ['resolve', '已更换灯泡'],
      ['amend', '补充：灯泡为 LED 15W，保修一年'],
      ['amend', '物业已回访'],
    ])
    const told = (await workOf(id)).flatMap((e) => (e.work === 'notify' && e.kind === 'amended' ? [e.recipients] : []))
    const requesterId = seen.body.ticket.requesterId as string
    expect(told).toEqual([[requesterId], [requesterId]])
  })

  it('lets neither the requester nor a blank note amend, and nothing before the fix', async () => {
    const id = await onSite()
    const early = await act(h, worker, id, { type: 'amend', note: '补充' })
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'InvalidTransition' } } })
    await resolveOk(h, worker, id, '已修')
    expect((await act(h, resident, id, { type: 'amend', note: '我来补充' })).status).toBe(403)
    const blank = await act(h, worker, id, { type: 'amend', note: '  ' })
    expect(blank).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.note' }] } } })
  })
})
