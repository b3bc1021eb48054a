import { MEMBERSHIP_CACHE_MS } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { anotherInstance, setMembershipSet } from './another-instance'
import { act, reportOk } from '../tickets/tickets-kit'

/**
 * A warm instance lets a person READ on its copy of their membership from the last few seconds and never refuses
 * on one; no write lands on a copy that has changed (membership-cache.ts; access-in-transaction.test.ts).
 * "Another instance" (another-instance.ts) writes where this instance's copies do not see it.
 */
let h: Harness
const elsewhere = anotherInstance()
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  elsewhere.destroy()
  await h.close()
})

/** Sets the member's roles as another instance would: straight in the table. */
const setRolesElsewhere = (userId: string, roles: string[]) =>
  setMembershipSet(elsewhere, { userId, compoundId: h.compoundId }, 'roles', roles)

const queue = (token: string) => h.request('GET', `/v1/compounds/${h.compoundId}/tickets/queue`, { token })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('membership copies on a warm instance', () => {
  it('a role granted on another instance works at once: a copy that would refuse is read again', async () => {
    const worker = await h.login('grid-a')
    await setRolesElsewhere(worker.user.userId, ['resident'])
    expect((await queue(worker.token)).status).toBe(403)
    await setRolesElsewhere(worker.user.userId, ['resident', 'grid_worker'])
    expect((await queue(worker.token)).status).toBe(200)
  })

  it('a role taken away on another instance stops reads within the copy’s lifetime, and writes at once', async () => {
    const worker = await h.login('grid-a')
    const ticketId = await reportOk(h, (await h.login('resident')).token)
    expect((await queue(worker.token)).status).toBe(200)
    await setRolesElsewhere(worker.user.userId, ['resident'])
    // The read rides on the copy (at most MEMBERSHIP_CACHE_MS old) ...
    expect((await queue(worker.token)).status).toBe(200)
    // ... a write never does: a grid worker's claim started on the copy is refused at its transaction, then on
    // the fresh read.
    const claim = await act(h, worker.token, ticketId, { type: 'claim' })
    expect(claim.status).toBe(403)
    await sleep(MEMBERSHIP_CACHE_MS + 100)
    expect((await queue(worker.token)).status).toBe(403)
    await setRolesElsewhere(worker.user.userId, ['resident', 'grid_worker'])
  })

  it('a role taken away through this instance stops reads on the next request', async () => {
    const worker = await h.login('grid-a')
    const admin = await h.login('admin')
    expect((await queue(worker.token)).status).toBe(200)
    const set = await h.request('PUT', `/v1/compounds/${h.compoundId}/members/${worker.user.userId}/roles`, {
      token: admin.token,
      body: { roles: ['resident'], gridIds: [], reason: '调岗' },
    })
    expect(set.status).toBe(200)
    expect((await queue(worker.token)).status).toBe(403)
  })
})
