import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { instrumentDb } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { detail, drainOutbox, report, setClock, sh, ticketsPath, tokenOf, uploadPhoto } from './tickets-kit'

let h: Harness
let resident: string
let staff: string
beforeAll(async () => {
  h = await startHarness()
  setClock(h, sh('2026-12-02 09:00'))
  resident = await tokenOf(h, 'resident')
  staff = await tokenOf(h, 'staff')
})
afterAll(async () => h.close())

function create(photoKey: string, idempotencyKey: string) {
  return h.request('POST', ticketsPath(h), {
    token: resident,
    body: {
      category: 'repair',
      location: { kind: 'public', name: '3号楼楼道' },
      description: '楼道灯不亮',
      photoKeys: [photoKey],
      idempotencyKey,
    },
  })
}

function seqOf(number: string): number {
  return Number(number.split('-')[2])
}

describe('ticket numbers (DOMAIN T11)', () => {
  it('gives 200 reports made at once the numbers 1..200 of the day, and a retry keeps its number', async () => {
    const photos: string[] = []
    for (let i = 0; i < 200; i += 20) {
      photos.push(...(await Promise.all(Array.from({ length: 20 }, () => uploadPhoto(h, resident)))))
    }
    // 200 reports and, in the same burst, a retry of each of the first 20 (a double tap, a lost answer).
    const requests = [
      ...photos.map((key, i) => ({ key, idem: `burst-key-${i}` })),
      ...photos.slice(0, 20).map((key, i) => ({ key, idem: `burst-key-${i}` })),
    ]
    const started = Date.now()
    const results = await Promise.all(requests.map((r) => create(r.key, r.idem)))
    const ms = Date.now() - started
    expect(results.filter((r) => r.status !== 201).map((r) => JSON.stringify(r.body))).toEqual([])

    const byKey = new Map<string, { ticketId: string; number: string }>()
    results.forEach((res, i) => {
      const { ticketId, number } = res.body.ticket as { ticketId: string; number: string }
      expect(number).toMatch(/^HX-20261202-\d{3}$/)
      const idem = requests[i]?.idem ?? ''
      const first = byKey.get(idem)
      if (first) expect({ ticketId, number }).toEqual(first)
      else byKey.set(idem, { ticketId, number })
    })
    const seqs = [...byKey.values()].map((t) => seqOf(t.number)).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))

    // A retry long after still answers the ticket with its number and takes none.
    const again = await create(photos[7] ?? '', 'burst-key-7')
    expect(again.body.ticket).toMatchObject(byKey.get('burst-key-7') ?? {})
    const next = await report(h, resident)
    expect(next.body.ticket.number).toBe('HX-20261202-201')
    console.log(`220 simultaneous reports numbered in ${ms} ms`)
  })

  it('starts again at 001 each Asia/Shanghai day', async () => {
    setClock(h, sh('2026-12-02 23:59'))
    resident = await tokenOf(h, 'resident')
    expect((await report(h, resident)).body.ticket.number).toBe('HX-20261202-202')
    setClock(h, sh('2026-12-03 00:00'))
    resident = await tokenOf(h, 'resident')
    staff = await tokenOf(h, 'staff')
    expect((await report(h, resident)).body.ticket.number).toBe('HX-20261203-001')
    expect((await report(h, resident)).body.ticket.number).toBe('HX-20261203-002')
  })

  it('takes no number for a report whose write failed, and its retry gets the next one', async () => {
    setClock(h, sh('2026-12-03 10:00'))
    resident = await tokenOf(h, 'resident')
    const before = await report(h, resident)
    const photo = await uploadPhoto(h, resident)
    const probe = instrumentDb(h.deps.db)
    // The person's rate-limit lease covers this report: its one write makes the report with its number.
    probe.failWrites({ nth: 1, error: 'throttle' })
    const failed = await create(photo, 'save-fails')
    probe.detach()
    expect(probe.calls.filter((c) => c.kind === 'write').map((c) => c.command)).toEqual(['TransactWriteItems'])
    expect(failed.status).toBeGreaterThanOrEqual(500)
    const again = await create(photo, 'save-fails')
    expect(again.status).toBe(201)
    expect(seqOf(again.body.ticket.number)).toBe(seqOf(before.body.ticket.number) + 1)
  })

  it('numbers a report saved unnumbered by an older version once no request can still be numbering it', async () => {
    setClock(h, sh('2026-12-03 10:05'))
    resident = await tokenOf(h, 'resident')
    staff = await tokenOf(h, 'staff')
    await drainOutbox(h)
    const made = await report(h, resident)
    const { ticketId } = made.body.ticket as { ticketId: string }
    // As a report of before numbers came with the ticket: saved, its number still to be given.
    await h.deps.db.doc.send(
      new UpdateCommand({
        TableName: h.deps.db.table,
        Key: { PK: `C#${h.compoundId}#T#${ticketId}`, SK: 'META' },
        UpdateExpression: 'REMOVE #n',
        ExpressionAttributeNames: { '#n': 'number' },
      }),
    )
    // The job leaves it while the creating request could still be numbering it…
    expect(await drainOutbox(h)).toMatchObject({ deferred: 1, moderated: 0, errors: 0 })
    expect((await detail(h, staff, ticketId)).body.ticket).not.toHaveProperty('number')
    // …and numbers it, then checks it, once that request is surely gone.
    setClock(h, sh('2026-12-03 10:07'))
    staff = await tokenOf(h, 'staff')
    expect(await drainOutbox(h)).toMatchObject({ deferred: 0, moderated: 1, errors: 0 })
    expect((await detail(h, staff, ticketId)).body.ticket.number).toMatch(/^HX-20261203-\d{3}$/)
  })

  it('lets staff find a ticket by the number a resident reads out', async () => {
    staff = await tokenOf(h, 'staff')
    const made = await report(h, resident, { description: '电梯异响' })
    const { ticketId, number } = made.body.ticket as { ticketId: string; number: string }
    for (const typed of [number, number.toLowerCase(), number.replace(/^HX-/, ''), number.replace(/-0+/, '-')]) {
      const found = await h.request('GET', ticketsPath(h, `/by-number/${encodeURIComponent(typed)}`), { token: staff })
      expect({ typed, status: found.status, ticketId: found.body.ticket?.ticketId }).toEqual({
        typed,
        status: 200,
        ticketId,
      })
    }
    const yesterday = await h.request('GET', ticketsPath(h, '/by-number/HX-20261202-150'), { token: staff })
    expect(yesterday.body.ticket.number).toBe('HX-20261202-150')
  })

  it('answers 404 for a number nobody has and 400 naming the field for one that is not a number', async () => {
    const none = await h.request('GET', ticketsPath(h, '/by-number/HX-20261203-999'), { token: staff })
    expect(none.status).toBe(404)
    const bad = await h.request('GET', ticketsPath(h, '/by-number/12345'), { token: staff })
    expect(bad).toMatchObject({ status: 400, body: { error: { details: [{ field: 'params.number' }] } } })
  })

  it('does not let a resident or a grid worker use the staff search', async () => {
    for (const persona of ['resident', 'grid-a', 'committee']) {
      const token = await tokenOf(h, persona)
      const res = await h.request('GET', ticketsPath(h, '/by-number/HX-20261203-001'), { token })
      expect({ persona, status: res.status }).toEqual({ persona, status: 403 })
    }
  })
})
