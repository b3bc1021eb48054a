import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { MEMBERSHIP_CACHE_MS, keys } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'
import { anotherInstance } from './another-instance'
import { act, reportOk } from '../tickets/tickets-kit'

/**
 * A warm instance lets a person READ on its copy of their membership from the last few seconds, never refuses on
 * one, and reads afresh for every write (membership-cache.ts). "Another instance" is a client this API does not
 * know: its writes do not reach this instance's copies, as a write in another Lambda would not.
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
async function setRolesElsewhere(userId: string, roles: string[]) {
  await elsewhere.send(
    new UpdateCommand({
      TableName: testEnv.tableName,
      Key: keys.membership(userId, h.compoundId),
      UpdateExpression: 'SET #r = :r',
      ExpressionAttributeNames: { '#r': 'roles' },
      ExpressionAttributeValues: { ':r': new Set(roles) },
    }),
  )
}

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
    // ... a write never does: a grid worker's claim is refused by the fresh read.
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
