import { fakeModeration } from '../../src/wechat/fake-moderation'
import { pushSignature } from '../../src/tickets/media-check-routes'
import { startHarness, type Harness } from '../harness'
import {
  actOk,
  detail,
  drainOutbox,
  reportOk,
  resolveOk,
  setClock,
  sh,
  ticketsPath,
  tokenOf,
  uploadPhoto,
} from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-11-04 09:00'))
})
afterAll(async () => h.close())

interface BoardRow {
  ticketId: string
  description?: string
  location: unknown
  photos: Array<{ key: string }>
  afterPhotos: Array<{ key: string }>
}

async function board(persona = 'owner'): Promise<{ tickets: BoardRow[]; photoUrls: Record<string, string> }> {
  const res = await h.request('GET', ticketsPath(h, '/board'), { token: await tokenOf(h, persona) })
  expect(res.status).toBe(200)
  return res.body
}

const row = async (id: string, persona = 'owner') => (await board(persona)).tickets.find((t) => t.ticketId === id)

describe('the public board (DOMAIN T6, P1, W5)', () => {
  it('masks personal data and shows text and photos only once moderation passed', async () => {
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(
      h,
      resident,
      {
        description: '楼道堆满杂物，请联系王芳13812348888，或 139-1234-5678、+86 137 1111 2222，车牌浙A12345',
        location: { kind: 'unit', unitId: 'b2-1-201' },
      },
      2,
    )
    const pending = await row(id)
    expect(pending).toMatchObject({
      location: { kind: 'unit', maskedLabel: '2栋*单元**室' },
      photos: [],
      afterPhotos: [],
    })
    expect(pending).not.toHaveProperty('description')
    // The handlers still see the photos they need to do the job.
    expect(Object.keys((await detail(h, await tokenOf(h, 'grid-a'), id)).body.photoUrls)).toHaveLength(2)

    expect(await drainOutbox(h)).toMatchObject({ moderated: 1, errors: 0 })
    const shown = await board()
    const passed = shown.tickets.find((t) => t.ticketId === id)
    expect(passed?.description).toBe('楼道堆满杂物，请联系王芳138****8888，或 139****5678、137****2222，车牌浙A***45')
    expect(passed?.photos).toHaveLength(2)
    for (const photo of passed?.photos ?? []) expect((await fetch(shown.photoUrls[photo.key] ?? '')).status).toBe(200)
    // Photos appear by a published copy whose key and URL name nobody (upload keys name the uploader).
    const text = JSON.stringify(shown)
    for (const secret of [`${h.prefix}u-resident`, 'b2-1-201', '13812348888', '1234-5678', '1111 2222', 'ticket_photo'])
      expect(text).not.toContain(secret)

    // After-photos wait for their own check; the board keeps showing the before-photos meanwhile.
    const worker = await tokenOf(h, 'grid-a')
    await actOk(h, worker, id, { type: 'claim' })
    await actOk(h, worker, id, { type: 'arrive' })
    const after = await uploadPhoto(h, worker)
    await actOk(h, worker, id, { type: 'add_after_photos', photoKeys: [after] })
    await actOk(h, worker, id, { type: 'resolve', note: '已清理' })
    expect((await row(id))?.afterPhotos).toEqual([])
    await drainOutbox(h)
    expect((await row(id))?.afterPhotos).toEqual([
      { key: expect.stringContaining(`${h.compoundId}/ticket_public/`), moderation: 'passed' },
    ])
  })

  it('never shows text the check refused', async () => {
    const id = await reportOk(h, await tokenOf(h, 'resident'), { description: '这里有违禁词' })
    await drainOutbox(h)
    const shown = await row(id)
    expect(shown).not.toHaveProperty('description')
    expect(shown?.photos).toHaveLength(1)
    expect((await detail(h, await tokenOf(h, 'resident'), id)).body.ticket.descriptionModeration).toBe('rejected')
  })

  it('settles photos from WeChat’s signed mediaCheckAsync push, refusing unsigned pushes', async () => {
    const moderation = fakeModeration({ blockedWords: [], images: 'push' })
    const original = h.deps.moderation
    h.deps.moderation = moderation
    h.deps.config.WECHAT_PUSH_TOKEN = 'push-token-for-tests'
    try {
      const id = await reportOk(h, await tokenOf(h, 'resident'), { description: '路灯坏了' }, 2)
      await drainOutbox(h)
      expect(moderation.traces).toHaveLength(2)
      expect((await row(id))?.photos).toEqual([])

      const timestamp = String(Math.floor(sh('2024-11-04 09:00').getTime() / 1000))
      const push = (
        traceId: string,
        suggest: string,
        signature = pushSignature('push-token-for-tests', timestamp, 'n0nce'),
      ) =>
        h.request('POST', `/v1/wechat/media-check?signature=${signature}&timestamp=${timestamp}&nonce=n0nce`, {
          body: {
            ToUserName: 'gh_x',
            Event: 'wxa_media_check',
            appid: 'wx-test',
            trace_id: traceId,
            version: 2,
            errcode: 0,
            result: { suggest, label: 100 },
          },
        })
      const [first, second] = moderation.traces
      expect((await push(first ?? '', 'pass', 'forged')).status).toBe(403)
      expect((await push(first ?? '', 'pass')).status).toBe(200)
      expect((await push(second ?? '', 'risky')).status).toBe(200)
      // A repeated push changes nothing.
      expect((await push(first ?? '', 'risky')).status).toBe(200)
      const seen = await detail(h, await tokenOf(h, 'resident'), id)
      expect(seen.body.ticket.photos.map((p: { moderation: string }) => p.moderation)).toEqual(['passed', 'rejected'])
      // Passed, but the board waits until the outbox job has published the copy.
      expect((await row(id))?.photos).toEqual([])
      await drainOutbox(h)
      expect((await row(id))?.photos).toHaveLength(1)
      // The rejected photo: its uploader still sees it, a handler does not.
      expect(Object.keys(seen.body.photoUrls)).toHaveLength(2)
      expect(Object.keys((await detail(h, await tokenOf(h, 'grid-a'), id)).body.photoUrls)).toHaveLength(1)
    } finally {
      h.deps.moderation = original
      delete h.deps.config.WECHAT_PUSH_TOKEN
    }
  })

  it('shows recently closed tickets, and any member can read it', async () => {
    setClock(h, sh('2024-11-05 09:00'))
    const resident = await tokenOf(h, 'resident')
    const id = await reportOk(h, resident, {
      location: { kind: 'public', name: '南门 13912345678' },
      description: '门坏了',
    })
    const staff = await tokenOf(h, 'staff')
    await actOk(h, staff, id, { type: 'dispatch', to: { kind: 'worker', workerId: `${h.prefix}u-grid-b` } })
    const worker = await tokenOf(h, 'grid-b')
    await actOk(h, worker, id, { type: 'contact' })
    await resolveOk(h, worker, id, '已修')
    await actOk(h, resident, id, { type: 'confirm' })
    await actOk(h, staff, id, { type: 'close' })
    for (const persona of ['grid-b', 'committee', 'admin']) {
      expect(await row(id, persona)).toMatchObject({ location: { kind: 'public', name: '南门 139****5678' } })
    }
    setClock(h, sh('2024-12-06 09:00'))
    expect(await row(id)).toBeUndefined()
  })
})
