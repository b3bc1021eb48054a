import { listEvents } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { actOk, reportOk, resolveOk, setClock, sh, ticketsPath, tokenOf } from './tickets-kit'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

/** Runs `step` with the API's clock at a Shanghai wall-clock time, logging in afresh. */
async function at(local: string, persona: string, step: (token: string) => Promise<unknown>) {
  setClock(h, sh(local))
  return step(await tokenOf(h, persona))
}

describe('month figures for the report (DOMAIN D3, T2)', () => {
  it('matches a hand count of October 2024 (Asia/Shanghai month)', async () => {
    const report = (body: Record<string, unknown>) => (token: string) => reportOk(h, token, body)
    // One in September and one in November, just outside October on either side in Shanghai time.
    await at('2024-09-30 23:59', 'resident', report({ category: 'repair' }))
    // T1 repair: accepted after 30 min, fixed after 240 min (within 7 days), rated 5.
    const t1 = (await at('2024-10-08 09:00', 'resident', report({ category: 'repair' }))) as string
    await at('2024-10-08 09:30', 'grid-a', (w) => actOk(h, w, t1, { type: 'claim' }))
    await at('2024-10-08 10:00', 'grid-a', (w) => actOk(h, w, t1, { type: 'contact' }))
    await at('2024-10-08 13:00', 'grid-a', (w) => resolveOk(h, w, t1, '已修'))
    await at('2024-10-08 14:00', 'resident', async (r) => {
      await actOk(h, r, t1, { type: 'confirm' })
      await actOk(h, r, t1, { type: 'rate', rating: { score: 5 } })
    })
    // T2 lift (life and safety, resolve within 4 h): accepted after 20 min, fixed after 300 min (late), rated 3.
    const t2 = (await at(
      '2024-10-09 10:00',
      'owner',
      report({ category: 'lift', location: { kind: 'building', buildingId: 'b3' }, description: '3号楼电梯困人' }),
    )) as string
    await at('2024-10-09 10:20', 'grid-b', (w) => actOk(h, w, t2, { type: 'claim' }))
    await at('2024-10-09 10:25', 'grid-b', (w) => actOk(h, w, t2, { type: 'arrive' }))
    await at('2024-10-09 15:00', 'grid-b', (w) => resolveOk(h, w, t2, '已救出，电梯已修复'))
    await at('2024-10-09 16:00', 'owner', async (r) => {
      await actOk(h, r, t2, { type: 'confirm' })
      await actOk(h, r, t2, { type: 'rate', rating: { score: 3, comment: '太慢了' } })
    })
    // T3 cleaning (on site within 2 days): accepted after 60 min, never visited → overdue at month end.
    const t3 = (await at(
      '2024-10-10 08:00',
      'resident',
      report({ category: 'cleaning', description: '垃圾没清' }),
    )) as string
    await at('2024-10-10 09:00', 'grid-a', (w) => actOk(h, w, t3, { type: 'claim' }))
    // T4 lift, never claimed → overdue. T5 noise late on the 31st (still October in Shanghai) → not yet overdue.
    await at(
      '2024-10-20 09:00',
      'resident',
      report({ category: 'lift', location: { kind: 'building', buildingId: 'b2' } }),
    )
    await at('2024-10-31 23:30', 'resident', report({ category: 'noise', description: '楼上装修' }))
    await at('2024-11-01 00:30', 'resident', report({ category: 'repair' }))

    const stats = await at('2024-11-02 10:00', 'committee', (token) =>
      h.request('GET', ticketsPath(h, '/stats?month=2024-10'), { token }),
    )
    const { status, body } = stats as { status: number; body: Record<string, unknown> }
    expect(status).toBe(200)
    expect(body).toEqual({
      monthStart: '2024-09-30T16:00:00.000Z',
      monthEnd: '2024-10-31T16:00:00.000Z',
      submitted: 5,
      byStatus: {
        submitted: 2,
        accepted: 1,
        contacted: 0,
        on_site: 0,
        waiting_on_resident: 0,
        resolved: 0,
        confirmed: 2,
        closed: 0,
        handed_back: 0,
        escalated: 0,
        reopened: 0,
      },
      byCategory: { repair: 1, lift: 2, cleaning: 1, noise: 1 },
      medianResponseMinutes: 30, // of 30, 20, 60
      medianResolutionMinutes: 270, // (240 + 300) / 2
      resolved: 2,
      onTimeRateBasisPoints: 5000, // T1 on time, T2 late
      rated: 2,
      satisfactionAverageX100: 400, // (5 + 3) / 2
      escalations: 0,
      overdue: 2, // T3 on site, T4 respond
      timeoutClosed: 0,
      reopened: 0,
    })
    for (const month of ['2024-09', '2024-11']) {
      const other = await at('2024-11-02 10:00', 'staff', (token) =>
        h.request('GET', ticketsPath(h, `/stats?month=${month}`), { token }),
      )
      expect((other as { body: { submitted: number } }).body.submitted).toBe(1)
    }
  })

  it('is for staff, committee and community admins, and names a bad month', async () => {
    const resident = await tokenOf(h, 'resident')
    expect((await h.request('GET', ticketsPath(h, '/stats?month=2024-10'), { token: resident })).status).toBe(403)
    expect(
      (await h.request('GET', ticketsPath(h, '/stats?month=2024-10'), { token: await tokenOf(h, 'grid-a') })).status,
    ).toBe(403)
    const bad = await h.request('GET', ticketsPath(h, '/stats?month=2024-13'), { token: await tokenOf(h, 'staff') })
    expect(bad).toMatchObject({ status: 400, body: { error: { details: [{ field: 'query.month' }] } } })
  })
})

describe('the SLA table (DOMAIN T1) is data staff edit, with a reason, logged', () => {
  it('replaces the table, checks it, and logs the old one', async () => {
    setClock(h, sh('2024-12-02 09:00'))
    const staff = await tokenOf(h, 'staff')
    const compound = await h.request('GET', `/v1/compounds/${h.compoundId}`, { token: staff })
    const table = compound.body.settings.slaTable.map(
      (rule: { category: string; priority: string; respondMinutes: number }) =>
        rule.category === 'repair' && rule.priority === 'normal' ? { ...rule, respondMinutes: 120 } : rule,
    )
    const url = ticketsPath(h, '/sla-table')
    const saved = await h.request('PUT', url, {
      token: staff,
      body: { slaTable: table, reason: '业委会要求公共维修2小时响应' },
    })
    expect(saved.status).toBe(200)
    expect(
      saved.body.slaTable.find(
        (r: { category: string; priority: string }) => r.category === 'repair' && r.priority === 'normal',
      ).respondMinutes,
    ).toBe(120)
    const id = await reportOk(h, await tokenOf(h, 'resident'))
    const view = await h.request('GET', ticketsPath(h, '/mine'), { token: await tokenOf(h, 'resident') })
    expect(
      view.body.reported.find((v: { ticket: { ticketId: string } }) => v.ticket.ticketId === id).sla.remainingMinutes,
    ).toBe(120)

    const events = await listEvents(h.deps.db, h.compoundId, '2024-12')
    const logged = events.find((e) => e.action === 'compound.settings_changed')
    expect(logged).toMatchObject({ actorId: `${h.prefix}u-staff`, reason: 'SLA: 业委会要求公共维修2小时响应' })
    expect(JSON.stringify(logged?.data)).toContain('"respondMinutes":1440')

    const duplicate = await h.request('PUT', url, {
      token: staff,
      body: { slaTable: [...table, table[0]], reason: '重复' },
    })
    expect(duplicate).toMatchObject({ status: 422, body: { error: { code: 'SlaTableDuplicate' } } })
    const unknown = await h.request('PUT', url, {
      token: staff,
      body: { slaTable: [{ ...table[0], category: 'pool' }, ...table.slice(1)], reason: '新类别' },
    })
    expect(unknown.body.error.code).toBe('SlaTableUnknownCategory')
    expect((await h.request('PUT', url, { token: staff, body: { slaTable: table } })).body.error.details[0].field).toBe(
      'body.reason',
    )
    expect(
      (await h.request('PUT', url, { token: await tokenOf(h, 'grid-a'), body: { slaTable: table, reason: '试试' } }))
        .status,
    ).toBe(403)
  })
})
