import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb'
import { STAFF_ROLES } from '@jiayuan/contracts'
import {
  instrumentDb,
  isMembershipRead,
  listMembers,
  listOutbox,
  listStaff,
  membershipItem,
  type OutboxEntry,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { makeWorker, reportOk, tokenOf } from './tickets-kit'

/**
 * A new report tells its grid's workers (DOMAIN T3, T9) without reading every resident: in a compound of hundreds
 * of plain residents, the members Query reads the staff index (sparse GSI2), which holds only the few staff.
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

it('a new report tells exactly its grid’s workers, reading only the staff items', async () => {
  const second = await makeWorker(h, 'a2', ['grid-a'])
  await makeWorker(h, 'b2', ['grid-b'])
  const resident = await tokenOf(h, 'resident')
  const members = await listMembers(h.deps.db, h.compoundId)
  const staffCount = members.filter((m) => m.roles.some((r) => STAFF_ROLES.includes(r))).length

  const probe = instrumentDb(h.deps.db)
  // Building 2 is in grid-a: its two workers are told, grid-b's are not.
  const ticketId = await reportOk(h, resident, { location: { kind: 'unit', unitId: 'b2-1-201' } })
  probe.detach()

  const entries = (await listOutbox(h.deps.db, h.compoundId)) as Array<OutboxEntry & { ticketId?: string }>
  const told = entries.flatMap((e) => (e.work === 'notify' && e.ticketId === ticketId ? e.recipients : []))
  expect([...new Set(told)].sort()).toEqual([`${h.prefix}u-grid-a`, second.userId].sort())

  const memberReads = probe.calls.filter((c) => c.command === 'Query' && !isMembershipRead(c) && c.index === 'GSI2')
  expect(memberReads).toHaveLength(1)
  expect(memberReads[0]?.scanned).toBe(staffCount)
  expect(staffCount).toBeLessThan(20)
  // No read of the whole membership index (GSI1 C#<cid>#MEMBERS, > 300 items) is left in a report.
  expect(probe.calls.filter((c) => c.command === 'Query' && (c.scanned ?? 0) > RESIDENTS)).toEqual([])
})
