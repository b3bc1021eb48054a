import { getCompound, workerOpenCount } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { act, actOk, detail, makeWorker, reportOk, resolveOk, setClock, sh, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2024-07-01 09:00'))
})
afterAll(async () => h.close())

async function setCap(cap: number): Promise<void> {
  const { settings } = await getCompound(h.deps.db, h.compoundId)
  const res = await h.request('PUT', `/v1/compounds/${h.compoundId}/settings`, {
    token: await tokenOf(h, 'admin'),
    body: { settings: { ...settings, maxOpenTicketsPerWorker: cap }, reason: '测试上限' },
  })
  expect(res.status).toBe(200)
}

describe('claim (认领): exactly one claimer wins (DOMAIN T3)', () => {
  it('200 workers of the grid claim one ticket at once: one 200, 199 clean 409s, one assignee', async () => {
    const workers = []
    for (let i = 0; i < 200; i += 20) {
      workers.push(
        ...(await Promise.all(Array.from({ length: 20 }, (_, k) => makeWorker(h, `race-${i + k}`, ['grid-a'])))),
      )
    }
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    const started = Date.now()
    const results = await Promise.all(workers.map((w) => act(h, w.token, id, { type: 'claim' })))
    const ms = Date.now() - started
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(199)
    const codes = new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))
    expect([...codes]).toEqual(['TicketAlreadyClaimed'])

    const winner = workers[statuses.indexOf(200)]
    const seen = await detail(h, await tokenOf(h, 'staff'), id)
    expect(seen.body.ticket).toMatchObject({ status: 'accepted', assigneeId: winner?.userId })
    expect(seen.body.events.filter((e: { type: string }) => e.type === 'claim')).toHaveLength(1)
    const counts = await Promise.all(workers.map((w) => workerOpenCount(h.deps.db, h.compoundId, w.userId)))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1)
    console.log(`200 simultaneous claims answered in ${ms} ms`)
  })

  it('enforces the per-worker cap atomically, also when one worker claims many at once', async () => {
    await setCap(2)
    const resident = await tokenOf(h, 'resident')
    const ids = []
    for (let i = 0; i < 5; i++) ids.push(await reportOk(h, resident, { description: `第${i}盏灯坏了` }))
    const worker = await makeWorker(h, 'capped', ['grid-a'])
    const results = await Promise.all(ids.map((id) => act(h, worker.token, id, { type: 'claim' })))
    expect(results.filter((r) => r.status === 200)).toHaveLength(2)
    const refused = results.filter((r) => r.status !== 200)
    expect(refused.map((r) => `${r.status} ${r.body.error.code}`)).toEqual(Array(3).fill('422 WorkerCapReached'))
    expect(refused[0]?.body.error.details).toEqual({ openCount: 2, cap: 2 })
    expect(await workerOpenCount(h.deps.db, h.compoundId, worker.userId)).toBe(2)
    // Refused claims wrote nothing: those tickets are still in the pool with no events but the report.
    const left = ids.filter((_, i) => results[i]?.status !== 200)
    for (const id of left) {
      const seen = await detail(h, worker.token, id)
      expect(seen.body.ticket.status).toBe('submitted')
      expect(seen.body.events).toHaveLength(1)
    }

    // Resolving one frees a slot; waiting on the resident does not.
    const held = ids.filter((_, i) => results[i]?.status === 200)
    await actOk(h, worker.token, held[0] ?? '', { type: 'contact' })
    await actOk(h, worker.token, held[0] ?? '', { type: 'wait_on_resident', reason: '住户出差' })
    expect((await act(h, worker.token, left[0] ?? '', { type: 'claim' })).status).toBe(422)
    await actOk(h, worker.token, held[0] ?? '', { type: 'resume' })
    await resolveOk(h, worker.token, held[0] ?? '', '已修好')
    expect((await act(h, worker.token, left[0] ?? '', { type: 'claim' })).status).toBe(200)

    // Staff cannot dispatch past the cap either.
    const staff = await tokenOf(h, 'staff')
    const dispatched = await act(h, staff, left[1] ?? '', {
      type: 'dispatch',
      to: { kind: 'worker', workerId: worker.userId },
    })
    expect(dispatched).toMatchObject({ status: 422, body: { error: { code: 'WorkerCapReached' } } })
    await setCap(10)
  })
})
