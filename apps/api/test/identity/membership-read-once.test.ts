import { forgetMembership, instrumentDb, isMembershipRead } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'

/**
 * Pages that show what concerns the caller's own units (their maintenance fund, the crowdfunded projects in their
 * scope, the notices that reach them) take the units from the membership the access check read: the membership
 * is read once per request, never a second time by the route (issue #17).
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const PAGES = ['/ledger/fund/mine', '/ledger/projects', '/bulletins/current']

it.each(PAGES)('%s reads the caller’s membership once', async (page) => {
  const owner = await tokenOf(h, 'owner')
  const path = `/v1/compounds/${h.compoundId}${page}`
  // No warm copy: the access check reads the membership, and that read is the only one.
  forgetMembership(h.deps.db.raw, `${h.prefix}u-owner`, h.compoundId)
  const probe = instrumentDb(h.deps.db)
  const res = await h.request('GET', path, { token: owner })
  probe.detach()
  expect(res.status).toBe(200)
  expect(probe.calls.filter(isMembershipRead).length).toBe(1)
})
