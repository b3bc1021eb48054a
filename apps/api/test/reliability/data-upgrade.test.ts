import { randomUUID } from 'node:crypto'
import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import {
  DATA_FORMAT,
  DataTooNew,
  createDb,
  ensureTable,
  keys,
  listStaff,
  readDataFormat,
  recordDataFormat,
  upgradeData,
} from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'
import { reportOk, ticketsPath, tokenOf } from '../tickets/tickets-kit'

/**
 * A deployment's items written by an older Jiayuan are brought to this one's data format after the deploy
 * (the DataUpgrade trigger) or at `npm start` on kept data: here a table of its own, with items stripped back to
 * how format 3 wrote them, is upgraded and read by the API as if it had always been current.
 */
let h: Harness
const tableName = `jiayuan-upgrade-${randomUUID().slice(0, 8)}`
beforeAll(async () => {
  await ensureTable(createDb({ tableName, region: 'us-east-1', endpoint: testEnv.ddbEndpoint }))
  h = await startHarness({ env: { TABLE_NAME: tableName } })
})
afterAll(async () => h.close())

const stripIndex = (key: Record<string, string>) =>
  h.deps.db.doc.send(new UpdateCommand({ TableName: tableName, Key: key, UpdateExpression: 'REMOVE GSI2PK, GSI2SK' }))

const mine = async (token: string) => {
  const res = await h.request('GET', ticketsPath(h, '/mine?limit=20'), { token })
  expect(res.status).toBe(200)
  return {
    reported: res.body.reported.map((v: { ticket: { ticketId: string } }) => v.ticket.ticketId) as string[],
    following: res.body.following.map((t: { ticketId: string }) => t.ticketId) as string[],
  }
}

it('puts format-3 tickets, follows and staff back in their indexes, records the format, and a second run does nothing', async () => {
  const resident = await tokenOf(h, 'resident')
  const owner = await tokenOf(h, 'owner')
  const ticketId = await reportOk(h, resident)
  expect((await h.request('POST', ticketsPath(h, `/${ticketId}/follow`), { token: owner })).status).toBe(200)
  const worker = `${h.prefix}u-grid-a`
  expect((await listStaff(h.deps.db, h.compoundId)).map((m) => m.userId)).toContain(worker)

  // As format 3 left them: no 我的报修 keys on the ticket or the follow, no staff key on the membership.
  await stripIndex(keys.ticket(h.compoundId, ticketId))
  await stripIndex(keys.follower(h.compoundId, ticketId, `${h.prefix}u-owner`))
  await stripIndex(keys.membership(worker, h.compoundId))
  expect((await mine(resident)).reported).not.toContain(ticketId)
  expect((await mine(owner)).following).not.toContain(ticketId)
  expect((await listStaff(h.deps.db, h.compoundId)).map((m) => m.userId)).not.toContain(worker)
  expect(await readDataFormat(h.deps.db)).toBeUndefined()

  const lines: string[] = []
  const report = await upgradeData(h.deps.db, { assumeFrom: 3, log: (line) => lines.push(line) })
  expect(report.from).toBe(3)
  expect(report.to).toBe(DATA_FORMAT)
  expect(report.steps.map((s) => s.to)).toEqual([4, 4, 5, 6])
  expect(report.steps.every((s) => s.compounds === 2)).toBe(true)
  expect(lines).toHaveLength(4)

  expect((await mine(resident)).reported).toContain(ticketId)
  expect((await mine(owner)).following).toContain(ticketId)
  expect((await listStaff(h.deps.db, h.compoundId)).map((m) => m.userId)).toContain(worker)
  expect(await readDataFormat(h.deps.db)).toBe(DATA_FORMAT)

  // Recorded: the next deploy's run reads the format and has nothing to do.
  const again = await upgradeData(h.deps.db)
  expect(again).toEqual({ from: DATA_FORMAT, to: DATA_FORMAT, steps: [] })
})

it('refuses data written by a newer Jiayuan instead of reading it half right', async () => {
  const other = createDb({ tableName: `${tableName}-newer`, region: 'us-east-1', endpoint: testEnv.ddbEndpoint })
  await ensureTable(other)
  await recordDataFormat(other, DATA_FORMAT + 1, new Date())
  await expect(upgradeData(other)).rejects.toBeInstanceOf(DataTooNew)
  // The record only moves forward.
  await recordDataFormat(other, DATA_FORMAT, new Date())
  expect(await readDataFormat(other)).toBe(DATA_FORMAT + 1)
})
