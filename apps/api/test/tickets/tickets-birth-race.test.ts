import { GetCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket, TicketEvent } from '@jiayuan/contracts'
import {
  AccessChanged,
  createDb,
  createTicket,
  getMembership,
  getStoredTicket,
  guardedDb,
  keys,
  membershipGuard,
  ticketIdByNumber,
  type Db,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'

/**
 * Tickets are made with their number in one transaction (ticket-births.ts, DOMAIN T11). Two API instances (two
 * clients, each with its own queue and its own copy of the day's counter) report at once: every report gets one
 * number, the numbers run 1..n without a gap, and a report whose person's access changed takes none.
 */
let h: Harness
let other: Db
beforeAll(async () => {
  h = await startHarness()
  other = createDb({ tableName: h.deps.db.table, region: 'local', endpoint: testEnv.ddbEndpoint })
})
afterAll(async () => h.close())

const at = '2026-12-05T02:00:00.000Z'

function draft(id: string, requesterId: string): { ticket: Ticket; event: TicketEvent } {
  const ticket: Ticket = {
    ticketId: id,
    compoundId: h.compoundId,
    requesterId,
    category: 'repair',
    priority: 'normal',
    triage: 'property',
    status: 'submitted',
    location: { kind: 'public', name: '3号楼楼道' },
    gridId: 'grid-a',
    description: '楼道灯不亮',
    descriptionModeration: 'pending',
    photos: [],
    afterPhotos: [],
    submittedAt: at,
    pooledAt: at,
    pauses: [],
    reopenCount: 0,
  }
  const event = { ticketId: id, type: 'submit', at, actorId: requesterId, to: 'submitted' } as TicketEvent
  return { ticket, event }
}

/** A day of its own, so the file's other reports never share its sequence. */
const numbering = (day: string) => () => ({ day, label: (seq: number) => `R-${day}-${seq}` })
const seqOf = (number: string | undefined) => Number(number?.split('-').at(-1))

it('numbers reports made at once on two instances 1..n, once each, with retries across them', async () => {
  const day = '20261205'
  const ids = Array.from({ length: 40 }, (_, i) => `race-${i}`)
  // Each report on one instance; the first eight also sent again at once on the other (a retry that lands
  // elsewhere).
  const sends = [
    ...ids.map((id, i) => ({ id, db: i % 2 ? other : h.deps.db })),
    ...ids.slice(0, 8).map((id, i) => ({ id, db: i % 2 ? h.deps.db : other })),
  ]
  const made = await Promise.all(
    sends.map(({ id, db }) => {
      const { ticket, event } = draft(id, 'u-race')
      return createTicket(db, ticket, event, [], numbering(day))
    }),
  )
  const byId = new Map<string, string>()
  for (const m of made) {
    const number = m.ticket.number ?? ''
    expect(number).toMatch(/^R-20261205-\d+$/)
    const first = byId.get(m.ticket.ticketId)
    if (first) expect(number).toBe(first)
    else byId.set(m.ticket.ticketId, number)
  }
  expect(made.filter((m) => m.created)).toHaveLength(40)
  expect([...byId.values()].map(seqOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
  // What is stored agrees: each ticket with its number, each number's pointer naming it, the counter at 40.
  for (const [id, number] of byId) {
    expect((await getStoredTicket(h.deps.db, h.compoundId, id))?.ticket.number).toBe(number)
    expect(await ticketIdByNumber(h.deps.db, h.compoundId, day, seqOf(number))).toBe(id)
  }
  const counter = await h.deps.db.doc.send(
    new GetCommand({
      TableName: h.deps.db.table,
      Key: keys.ticketNumberCounter(h.compoundId, day),
      ConsistentRead: true,
    }),
  )
  expect(counter.Item?.seq).toBe(40)
})

it('refuses only the report whose access changed, and the others take the numbers without a gap', async () => {
  const day = '20261206'
  const resident = await h.login('resident')
  const userId = resident.user.userId
  const membership = await getMembership(h.deps.db, userId, h.compoundId, { consistent: true })
  if (!membership) throw new Error('the resident has no membership')
  const current = guardedDb(h.deps.db, membershipGuard(h.deps.db, userId, membership))
  // As the access check read it before a grid was given to them: that membership is no longer there.
  const stale = guardedDb(h.deps.db, membershipGuard(h.deps.db, userId, { ...membership, gridIds: ['grid-x'] }))
  const sends = Array.from({ length: 12 }, (_, i) => ({ id: `access-${i}`, db: i === 5 ? stale : current }))
  const made = await Promise.allSettled(
    sends.map(({ id, db }) => {
      const { ticket, event } = draft(id, userId)
      return createTicket(db, ticket, event, [], numbering(day))
    }),
  )
  const refused = made.flatMap((m, i) => (m.status === 'rejected' ? [{ i, err: m.reason as unknown }] : []))
  expect(refused.map((r) => r.i)).toEqual([5])
  expect(refused[0]?.err).toBeInstanceOf(AccessChanged)
  expect(await getStoredTicket(h.deps.db, h.compoundId, 'access-5')).toBeUndefined()
  const numbers = made.flatMap((m) => (m.status === 'fulfilled' ? [seqOf(m.value.ticket.number)] : []))
  expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1))
})
