import { startHarness, type Harness } from '../harness'
import { reportOk, tokenOf } from '../tickets/tickets-kit'

/**
 * The street's list of a compound's recent reports (S3, S5: the evidence behind its figures) shows the newest
 * 50 of this month and the last, newest first: with more than that in the two months, the older ones of the
 * earlier month are the ones left out, as when every ticket of both months was read and sorted.
 */
let h: Harness
// Shanghai days well inside their months, so no report falls across a month's edge.
let now = new Date('2026-11-15T04:00:00Z')
const MINUTE = 60_000

beforeAll(async () => {
  h = await startHarness({ clock: () => now })
})
afterAll(async () => h.close())

it('lists the newest 50 reports of this month and the last, newest first', async () => {
  const made: Array<{ ticketId: string; at: number }> = []
  // A resident's reports, a minute apart from `from` (signed in then: a session does not outlive a month).
  const reportFrom = async (from: string, count: number) => {
    now = new Date(from)
    const resident = await tokenOf(h, 'resident')
    for (let i = 0; i < count; i++) {
      now = new Date(Date.parse(from) + i * MINUTE)
      const ticketId = await reportOk(h, resident, { description: `楼道灯不亮 ${made.length}` })
      made.push({ ticketId, at: now.getTime() })
    }
  }
  // 55 last month (more than a page on its own), 20 this month: the newest 30 of last month make up the 50.
  await reportFrom('2026-10-20T04:00:00Z', 55)
  await reportFrom('2026-11-10T04:00:00Z', 20)
  now = new Date('2026-11-15T04:00:00Z')

  const list = await h.request('GET', `/v1/compounds/${h.compoundId}/oversight/tickets`, {
    token: await tokenOf(h, 'street'),
  })
  expect(list.status).toBe(200)
  const expected = [...made]
    .sort((a, b) => b.at - a.at)
    .slice(0, 50)
    .map((t) => t.ticketId)
  expect(list.body.tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual(expected)
})
