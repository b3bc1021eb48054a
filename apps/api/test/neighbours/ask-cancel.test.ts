import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'
import { inboxOf, makeResident, nb, postAsk, signUp } from './neighbours-kit'

/** 邻里互助 (DOMAIN H2, T9): the requester cancels an open or claimed ask with a reason; the claimer is told. */

let h: Harness
const t: Record<string, string> = {}
beforeAll(async () => {
  h = await startHarness()
  for (const p of ['resident', 'co-owner', 'owner', 'staff']) t[p] = await tokenOf(h, p)
  await signUp(h, t.resident ?? '', ['errands'], true)
  await signUp(h, t['co-owner'] ?? '', ['electrician'], true)
})
afterAll(async () => h.close())

const cancel = (askId: string, token: string | undefined, body: unknown = { reason: '家里人回来了，不用麻烦了' }) =>
  h.request('POST', nb(h, `/asks/${askId}/cancel`), { token, body })

describe('H2 cancelling an ask', () => {
  it('refuses a missing reason naming the field, anyone but the requester, and a finished ask', async () => {
    const askId = (await postAsk(h, t.owner ?? '')).body.askId as string
    const noReason = await cancel(askId, t.owner, { reason: ' ' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body.error)).toContain('reason')
    expect(noReason.body.error.message).toMatch(/原因/)
    expect((await cancel(askId, t['co-owner'])).status).toBe(403)
    expect((await cancel(askId, t.staff)).status).toBe(403)
    const list = await h.request('GET', nb(h, '/asks'), { token: t.owner })
    expect(list.body.asks.find((a: { askId: string }) => a.askId === askId).status).toBe('open')

    await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t.resident })
    await h.request('POST', nb(h, `/asks/${askId}/done`), { token: t.resident, body: {} })
    const late = await cancel(askId, t.owner)
    expect(late.status).toBe(409)
    expect(late.body.error.details).toEqual([{ field: 'status', message: '志愿者已经完成，不能再取消' }])
  })

  it('cancels an open ask; then nobody can claim it, and a second cancel says so', async () => {
    const askId = (await postAsk(h, t.owner ?? '')).body.askId as string
    const done = await cancel(askId, t.owner)
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'cancelled', cancelReason: '家里人回来了，不用麻烦了' })
    const claim = await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t.resident })
    expect(claim.status).toBe(409)
    expect(claim.body.error.details).toEqual([{ field: 'status', message: '这条求助已被求助人取消' }])
    expect((await cancel(askId, t.owner)).status).toBe(409)
  })

  it('cancels a claimed ask: the claimer is told and can no longer mark it done; the requester cannot confirm', async () => {
    const askId = (await postAsk(h, t.owner ?? '', { description: '帮忙修一下厨房的水龙头' })).body.askId as string
    expect((await h.request('POST', nb(h, `/asks/${askId}/claim`), { token: t['co-owner'] })).status).toBe(200)
    expect((await cancel(askId, t.owner, { reason: '物业已经来修好了' })).status).toBe(200)
    const told = (await inboxOf(h, t['co-owner'] ?? '')).filter(
      (m) => m.link.askId === askId && m.title.includes('取消'),
    )
    expect(told).toHaveLength(1)
    expect(told[0]?.body).toContain('物业已经来修好了')
    const doneAfter = await h.request('POST', nb(h, `/asks/${askId}/done`), { token: t['co-owner'], body: {} })
    expect(doneAfter.status).toBe(409)
    expect(doneAfter.body.error.details).toEqual([{ field: 'status', message: '这条求助已被求助人取消' }])
    const confirmAfter = await h.request('POST', nb(h, `/asks/${askId}/confirm`), {
      token: t.owner,
      body: { rating: 5 },
    })
    expect(confirmAfter.status).toBe(409)
  })

  it('a cancel racing claims has one outcome: the ask ends as the answers say, the claimer told when it was cancelled after', async () => {
    const volunteers = await Promise.all(Array.from({ length: 10 }, (_, i) => makeResident(h, `cancel-${i}`)))
    await Promise.all(volunteers.map((v) => signUp(h, v.token, ['errands'], false)))
    for (let round = 0; round < 5; round++) {
      const askId = (await postAsk(h, t.owner ?? '', { description: `第 ${round} 次：帮忙取个快递` })).body
        .askId as string
      const [cancelled, ...claims] = await Promise.all([
        cancel(askId, t.owner),
        ...volunteers.map((v) => h.request('POST', nb(h, `/asks/${askId}/claim`), { token: v.token })),
      ])
      const won = claims.filter((c) => c.status === 200)
      expect(won.length).toBeLessThanOrEqual(1)
      expect(claims.every((c) => c.status === 200 || c.status === 409)).toBe(true)
      expect([200, 409]).toContain(cancelled?.status)
      const final = (await h.request('GET', nb(h, '/asks'), { token: t.owner })).body.asks.find(
        (a: { askId: string }) => a.askId === askId,
      )
      if (cancelled?.status === 200) {
        expect(final.status).toBe('cancelled')
        // Claimed before the cancel read it: the one claimer is told; otherwise nobody claimed it at all.
        const winner = volunteers[claims.findIndex((c) => c.status === 200)]
        if (winner) {
          const inbox = await inboxOf(h, winner.token)
          expect(inbox.filter((m) => m.link.askId === askId && m.title.includes('取消'))).toHaveLength(1)
        } else expect(final.claimerName).toBeUndefined()
      } else {
        // The cancel lost to a claim that landed first: the ask is claimed by the one winner.
        expect(won).toHaveLength(1)
        expect(final.status).toBe('claimed')
      }
    }
  })
})
