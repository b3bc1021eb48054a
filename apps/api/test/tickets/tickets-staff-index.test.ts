import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb'
import { STAFF_ROLES } from '@jiayuan/contracts'
import {
  instrumentDb,
  isMembershipRead,
  listInboxMessages,
  listMembers,
  listOutbox,
  listStaff,
  membershipItem,
  type OutboxEntry,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { drainOutbox, makeWorker, reportOk, tokenOf } from './tickets-kit'

/**
 * A new report tells its grid's workers (DOMAIN T3, T9) without reading every resident: in a compound of hundreds
 * of plain residents, the members Query reads the staff index (sparse GSI2), which holds only the few staff; it is
 * made when the notice is delivered, so the report itself reads no member.
 */
let h: Harness
const RESIDENTS = 300

beforeAll(async () => {
  h = await startHarness()
  const items = Array.from({ length: RESIDENTS }, (_, i) =>
    membershipItem(`${h.prefix}r-${i}`, {
      compoundId: h.compoundId,
      compoundName: '和谐家园',
      roles: i % 3 === 0 ? ['resident', 'owner'] : ['resident'],
      gridIds: [],
      unitIds: [`b2-1-${String(100 + (i % 50))}`],
    }),
  )
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, any> | undefined = {
      [h.deps.db.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    }
    while (request && Object.keys(request).length > 0)
      request = (await h.deps.db.doc.send(new BatchWriteCommand({ RequestItems: request }))).UnprocessedItems
  }
})
afterAll(async () => h.close())

it('the staff index holds exactly the members with a staff role, with all their roles', async () => {
  const members = await listMembers(h.deps.db, h.compoundId)
  expect(members.length).toBeGreaterThan(RESIDENTS)
  const staff = await listStaff(h.deps.db, h.compoundId)
  const byId = (a: { userId: string }, b: { userId: string }) => a.userId.localeCompare(b.userId)
  expect([...staff].sort(byId)).toEqual(members.filter((m) => m.roles.some((r) => STAFF_ROLES.includes(r))).sort(byId))
  // The seeded committee members are owners too: their other roles come with them.
  expect(staff.find((m) => m.userId === `${h.prefix}u-committee`)?.roles).toEqual(
    expect.arrayContaining(['owner', 'committee_member']),
  )
})

it('a new report tells exactly its grid’s workers, found at delivery from the staff items alone', async () => {
  const second = await makeWorker(h, 'a2', ['grid-a'])
  const other = await makeWorker(h, 'b2', ['grid-b'])
  const resident = await tokenOf(h, 'resident')
  const members = await listMembers(h.deps.db, h.compoundId)
  const staffCount = members.filter((m) => m.roles.some((r) => STAFF_ROLES.includes(r))).length
  await drainOutbox(h)

  const reporting = instrumentDb(h.deps.db)
  // Building 2 is in grid-a: its two workers are told, grid-b's are not.
  const ticketId = await reportOk(h, resident, { location: { kind: 'unit', unitId: 'b2-1-201' } })
  reporting.detach()
  // The report reads no member at all (neither index): its notice names the grid, and the job finds its workers.
  expect(reporting.calls.filter((c) => c.command === 'Query' && c.index !== undefined)).toEqual([])
  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  expect(entries.filter((e) => e.work === 'notify' && e.ticketId === ticketId)).toMatchObject([
    { kind: 'new_in_grid', recipients: [], toGrid: { gridId: 'grid-a' } },
  ])

  const delivering = instrumentDb(h.deps.db)
  await drainOutbox(h)
  delivering.detach()
  const told = async (userId: string) =>
    (await listInboxMessages(h.deps.db, userId, h.compoundId, { limit: 50 })).messages.some(
      (m) => m.link.to === 'ticket' && m.link.ticketId === ticketId,
    )
  expect({
    gridA: await told(`${h.prefix}u-grid-a`),
    second: await told(second.userId),
    gridB: await told(other.userId),
  }).toEqual({ gridA: true, second: true, gridB: false })
  const memberReads = delivering.calls.filter(
    (c) => c.command === 'Query' && !isMembershipRead(c) && c.index === 'GSI2',
  )
  expect(memberReads).toHaveLength(1)
  expect(memberReads[0]?.scanned).toBe(staffCount)
  expect(staffCount).toBeLessThan(20)
  // No read of the whole membership index (GSI1 C#<cid>#MEMBERS, > 300 items) in the report or its delivery.
  const whole = (c: { command: string; scanned?: number }) => c.command === 'Query' && (c.scanned ?? 0) > RESIDENTS
  expect([...reporting.calls, ...delivering.calls].filter(whole)).toEqual([])
})

it('tells a worker given the grid after the report and before its delivery', async () => {
  const resident = await tokenOf(h, 'resident')
  await drainOutbox(h)
  const ticketId = await reportOk(h, resident, { location: { kind: 'unit', unitId: 'b2-1-201' } })
  const late = await makeWorker(h, 'a3', ['grid-a'])
  await drainOutbox(h)
  const messages = (await listInboxMessages(h.deps.db, late.userId, h.compoundId, { limit: 50 })).messages
  expect(messages.filter((m) => m.link.to === 'ticket' && m.link.ticketId === ticketId)).toHaveLength(1)
})
