import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { ROLL_CSV_COLUMNS, type Unit } from '@jiayuan/contracts'
import { ROLL_CACHE_MS, createDb, getUnit, instrumentDb, isMembershipRead, keys } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'

/**
 * The unit pickers' list (compound.units) from this instance's copy of the units for a few seconds: the units
 * change only on an import or a unit's edit, and the copy is forgotten when this instance writes the roll.
 */
let h: Harness
let admin: string
let resident: string
beforeAll(async () => {
  h = await startHarness()
  admin = (await h.login('admin')).token
  resident = (await h.login('resident')).token
})
afterAll(async () => h.close())

const unitsUrl = (query = '') => `/v1/compounds/${h.compoundId}/units${query}`
const units = async (query = ''): Promise<Unit[]> => {
  const res = await h.request('GET', unitsUrl(query), { token: resident })
  expect(res.status).toBe(200)
  return res.body.units
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('compound.units kept per warm instance for a few seconds', () => {
  it('reads the units once per instance and TTL; a building’s list is cut from the same copy', async () => {
    const probe = instrumentDb(h.deps.db)
    const calls = async (query = '') => {
      probe.reset()
      await units(query)
      return probe.calls.filter((c) => !isMembershipRead(c)).map((c) => c.command)
    }
    try {
      await sleep(ROLL_CACHE_MS + 100)
      expect(await calls()).toEqual(['Query'])
      expect(await calls()).toEqual([])
      expect(await calls('?buildingId=b1')).toEqual([])
      // Reading one unit keeps the copy; writing one (any command of this instance's client) forgets it.
      const [unit] = await units('?buildingId=b1')
      if (!unit) throw new Error('no unit in b1')
      await getUnit(h.deps.db, h.compoundId, unit.unitId)
      expect(await calls()).toEqual([])
      await h.deps.db.doc.send(
        new UpdateCommand({
          TableName: h.deps.db.table,
          Key: keys.unit(h.compoundId, unit.unitId),
          UpdateExpression: 'SET #label = :l',
          ExpressionAttributeNames: { '#label': 'label' },
          ExpressionAttributeValues: { ':l': unit.label },
        }),
      )
      expect(await calls()).toEqual(['Query'])
    } finally {
      probe.detach()
    }
    const all = await units()
    const b1 = await units('?buildingId=b1')
    expect(b1.length).toBeGreaterThan(0)
    expect(b1).toEqual(all.filter((u) => u.buildingId === 'b1'))
  })

  it('a unit edited on this instance is answered on the very next request', async () => {
    const [unit] = await units('?buildingId=b1')
    if (!unit) throw new Error('no unit in b1')
    const saved = await h.request('PUT', unitsUrl(`/${unit.unitId}`), {
      token: admin,
      body: {
        kind: unit.kind,
        status: unit.status,
        registeredArea: null,
        surveyedArea: 8765,
        contractArea: null,
        reason: '实测面积复核',
      },
    })
    expect(saved.status).toBe(200)
    expect((await units()).find((u) => u.unitId === unit.unitId)).toMatchObject({ area: 8765, areaSource: 'surveyed' })
  })

  it('a building imported on this instance is answered on the very next request', async () => {
    await units() // this instance holds a copy
    const row: Record<string, string> = {
      building_id: 'b9',
      building_name: '9号楼',
      unit_id: 'b9-101',
      unit_label: '9-1-101',
      kind: 'residential',
      status: 'owned',
      registered_area: '88.50',
      owner_id: 'o9-1',
      owner_kind: 'person',
      owner_name: '孙小美',
      owner_phone: '13900003333',
      is_developer: 'no',
      is_voter: 'yes',
    }
    const csv = [ROLL_CSV_COLUMNS.join(','), ROLL_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')].join('\n')
    const res = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token: admin, body: { csv } })
    expect(res.status).toBe(200)
    expect(await units('?buildingId=b9')).toEqual([expect.objectContaining({ unitId: 'b9-101', label: '9-1-101' })])
  })

  it('a unit changed by another instance is seen within the TTL', async () => {
    const [unit] = await units('?buildingId=b1') // this instance holds a copy
    if (!unit) throw new Error('no unit in b1')
    // Another instance: its own client on the same table, past this instance's copy.
    const other = createDb({ tableName: h.deps.db.table, region: 'local', endpoint: testEnv.ddbEndpoint })
    await other.doc.send(
      new UpdateCommand({
        TableName: other.table,
        Key: keys.unit(h.compoundId, unit.unitId),
        UpdateExpression: 'SET #label = :l',
        ExpressionAttributeNames: { '#label': 'label' },
        ExpressionAttributeValues: { ':l': `${unit.label}（改）` },
      }),
    )
    const labelNow = async () => (await units()).find((u) => u.unitId === unit.unitId)?.label
    expect(await labelNow()).toBe(unit.label)
    const started = Date.now()
    while ((await labelNow()) === unit.label && Date.now() - started < ROLL_CACHE_MS + 1_000) await sleep(250)
    expect(await labelNow()).toBe(`${unit.label}（改）`)
    expect(Date.now() - started).toBeLessThan(ROLL_CACHE_MS + 1_000)
  })
})
