import { PutCommand } from '@aws-sdk/lib-dynamodb'
import { backfillStaffIndex, listStaff, membershipItem } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'

/**
 * The compound's staff index (sparse GSI2 `C#<cid>#STAFF`) follows every role change at once: whoever is given a
 * staff role is found by the reports and sweeps that tell staff, whoever loses their last one is not.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

async function setRoles(userId: string, roles: string[], gridIds: string[] = []) {
  const admin = await h.login('admin')
  const res = await h.request('PUT', `/v1/compounds/${h.compoundId}/members/${userId}/roles`, {
    token: admin.token,
    body: { roles, gridIds, reason: '调整分工' },
  })
  expect(res.status).toBe(200)
}

const staffRoles = async (userId: string) =>
  (await listStaff(h.deps.db, h.compoundId)).find((m) => m.userId === userId)?.roles.sort()

it('a resident given a staff role is in the staff index at once, with their grid', async () => {
  const resident = `${h.prefix}u-resident`
  expect(await staffRoles(resident)).toBeUndefined()
  await setRoles(resident, ['resident', 'grid_worker'], ['grid-b'])
  const found = (await listStaff(h.deps.db, h.compoundId)).find((m) => m.userId === resident)
  expect(found).toMatchObject({ roles: expect.arrayContaining(['resident', 'grid_worker']), gridIds: ['grid-b'] })
})

it('one losing a staff role but keeping another stays, with the roles left', async () => {
  const staff = `${h.prefix}u-staff`
  await setRoles(staff, ['property_staff', 'grid_worker'], ['grid-a'])
  expect(await staffRoles(staff)).toEqual(['grid_worker', 'property_staff'])
  await setRoles(staff, ['property_staff'])
  expect(await staffRoles(staff)).toEqual(['property_staff'])
})

it('one whose last staff role is taken away leaves the staff index at once', async () => {
  const worker = `${h.prefix}u-grid-a`
  expect(await staffRoles(worker)).toEqual(['grid_worker'])
  await setRoles(worker, ['resident'])
  expect(await staffRoles(worker)).toBeUndefined()
  // Still a member of the compound: only the staff index lets them go.
  const member = await h.request('GET', `/v1/compounds/${h.compoundId}/members`, {
    token: (await h.login('admin')).token,
  })
  expect(member.body.members.map((m: { userId: string }) => m.userId)).toContain(worker)
})

it('staff memberships written before the index are put into it by the backfill, residents are not', async () => {
  const before = (userId: string, roles: Array<'resident' | 'grid_worker'>) => {
    const {
      GSI2PK: _pk,
      GSI2SK: _sk,
      ...item
    } = membershipItem(userId, {
      compoundId: h.compoundId,
      compoundName: '和谐家园',
      roles,
      gridIds: roles.includes('grid_worker') ? ['grid-a'] : [],
      unitIds: [],
    }) as Record<string, unknown>
    return h.deps.db.doc.send(new PutCommand({ TableName: h.deps.db.table, Item: item }))
  }
  const old = `${h.prefix}u-old-worker`
  const neighbour = `${h.prefix}u-old-resident`
  await before(old, ['resident', 'grid_worker'])
  await before(neighbour, ['resident'])
  expect(await staffRoles(old)).toBeUndefined()

  const first = await backfillStaffIndex(h.deps.db, h.compoundId)
  expect(await staffRoles(old)).toEqual(['grid_worker', 'resident'])
  expect(await staffRoles(neighbour)).toBeUndefined()
  // Idempotent: a second run finds the same staff and changes nothing.
  const staff = await listStaff(h.deps.db, h.compoundId)
  expect(await backfillStaffIndex(h.deps.db, h.compoundId)).toEqual(first)
  expect(await listStaff(h.deps.db, h.compoundId)).toEqual(staff)
})
