import { instrumentDb, isMembershipRead } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { report, reportOk, ticketsPath, tokenOf } from './tickets-kit'

/**
 * A new report on a warm instance (issue #17): its unit comes from the copy the form's unit picker has just read
 * and the grids from the instance's copy (5 s), and the grid's workers it tells are found at delivery, so it reads
 * only its photos' upload records; a grid saved
 * on the instance routes the very next report. It is written, number and all, in one transaction.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const isRateCounter = (target: string | undefined) => target?.startsWith('RATE#') === true

it('reads neither its unit nor the grids when the instance has them, and lands in the grid as before', async () => {
  const resident = await tokenOf(h, 'resident')
  // The report form: the unit picker, then a first report (which reads the grids).
  expect((await h.request('GET', `/v1/compounds/${h.compoundId}/units`, { token: resident })).status).toBe(200)
  await reportOk(h, resident)
  const probe = instrumentDb(h.deps.db)
  const made = await report(h, resident)
  probe.detach()
  expect(made.status).toBe(201)
  expect(made.body.ticket).toMatchObject({ gridId: 'grid-a', unitLabel: '2-1-201' })
  const reads = probe.calls.filter((c) => c.kind === 'read' && !isMembershipRead(c))
  // Neither the unit (GetItem of the roll partition) nor the grids (a Query of the compound partition).
  expect(reads.filter((c) => c.key?.includes('#ROLL|'))).toEqual([])
  expect(reads.filter((c) => c.command === 'Query' && c.index === undefined)).toEqual([])
  // No Query at all: the grid's workers who are told are found when the notice is delivered.
  expect(reads.filter((c) => c.command === 'Query')).toEqual([])
  // Nor the day's number counter: the instance gave the report before its number (ticket-births.ts).
  expect(reads.filter((c) => c.key?.includes('#TNO#'))).toEqual([])
  // The report is made with its number in one transaction.
  expect(probe.calls.filter((c) => c.kind === 'write' && !isRateCounter(c.target)).map((c) => c.command)).toEqual([
    'TransactWriteItems',
  ])
  expect(made.body.ticket.number).toMatch(/^HX-\d{8}-\d{3}$/)
})

it('still checks a unit the copy does not have against the table', async () => {
  const resident = await tokenOf(h, 'resident')
  await h.request('GET', `/v1/compounds/${h.compoundId}/units`, { token: resident })
  const res = await report(h, resident, { location: { kind: 'unit', unitId: 'b9-9-999' } })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toContain('body.location.unitId')
})

it('routes the next report by a grid saved on this instance at once', async () => {
  const admin = await tokenOf(h, 'admin')
  const resident = await tokenOf(h, 'resident')
  await reportOk(h, resident)
  const grids = (await h.request('GET', `/v1/compounds/${h.compoundId}/grids`, { token: admin })).body.grids as Array<{
    gridId: string
    name: string
    buildingIds: string[]
  }>
  const a = grids.find((g) => g.gridId === 'grid-a')
  const b = grids.find((g) => g.gridId === 'grid-b')
  if (!a || !b) throw new Error('the demo grids')
  const put = (g: { gridId: string; name: string }, buildingIds: string[]) =>
    h.request('PUT', `/v1/compounds/${h.compoundId}/grids/${g.gridId}`, {
      token: admin,
      body: { name: g.name, buildingIds },
    })
  expect(
    (
      await put(
        a,
        a.buildingIds.filter((id) => id !== 'b2'),
      )
    ).status,
  ).toBe(200)
  expect((await put(b, [...b.buildingIds, 'b2'])).status).toBe(200)
  const moved = await report(h, resident)
  expect(moved.body.ticket.gridId).toBe('grid-b')
  const ticket = await h.request('GET', ticketsPath(h, `/${moved.body.ticket.ticketId}`), { token: resident })
  expect(ticket.body.ticket.gridId).toBe('grid-b')
})
