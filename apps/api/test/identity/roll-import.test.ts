import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { startHarness, wholeRoll, type Harness } from '../harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const header = ROLL_CSV_COLUMNS.join(',')
const line = (unit: string, owner: string, area = '88.20', extra: Partial<Record<string, string>> = {}) => {
  const row: Record<string, string> = {
    building_id: 'b9',
    building_name: '9号楼',
    unit_id: unit,
    unit_label: `9-1-${unit.slice(-3)}`,
    kind: 'residential',
    status: 'owned',
    registered_area: area,
    surveyed_area: '',
    contract_area: '',
    owner_id: owner,
    owner_kind: 'person',
    owner_name: '赵敏',
    owner_phone: '13900001111',
    is_developer: 'no',
    is_voter: 'yes',
    ...extra,
  }
  return ROLL_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')
}
const unitCount = async (token: string) =>
  (await h.request('GET', `/v1/compounds/${h.compoundId}/units`, { token })).body.units.length

describe('roll import', () => {
  it('reports every bad row by number and imports nothing until the file is clean', async () => {
    const { token } = await h.login('committee')
    const before = await unitCount(token)
    const csv = [
      header,
      line('b9-101', 'o9-1'),
      line('b9-102', 'o9-2', '88.2x'),
      line('b9-103', 'o9-3', '70', { status: 'rented' }),
    ].join('\n')
    const res = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv } })
    expect(res.status).toBe(400)
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ row: 3, column: 'registered_area' }),
      expect.objectContaining({ row: 4, column: 'status' }),
    ])
    expect(await unitCount(token)).toBe(before)
  })

  it('imports a clean file, and importing it again changes nothing', async () => {
    const { token } = await h.login('committee')
    const before = await unitCount(token)
    const csv = [header, line('b9-101', 'o9-1'), line('b9-102', 'o9-2', '101.05')].join('\n')
    const dry = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, {
      token,
      body: { csv, dryRun: true },
    })
    expect(dry.body).toMatchObject({ dryRun: true, created: 7 })
    expect(await unitCount(token)).toBe(before)
    const first = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv } })
    // 1 building + 2 units + 2 owners + 2 ownerships
    expect(first.body).toMatchObject({ dryRun: false, units: 2, created: 7, updated: 0 })
    expect(await unitCount(token)).toBe(before + 2)
    const again = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv } })
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 7 })
    const roll = await wholeRoll(h, token, h.compoundId)
    const unit = roll.units.find((u: { unitId: string }) => u.unitId === 'b9-102')
    expect(unit).toMatchObject({ area: 10105, areaSource: 'registered' })
    expect(roll.owners.find((o: { ownerId: string }) => o.ownerId === 'o9-1').phone).toBe('139****1111')
  })

  it('a corrected area updates only that unit', async () => {
    const { token } = await h.login('admin')
    const csv = [header, line('b9-101', 'o9-1'), line('b9-102', 'o9-2', '101.50')].join('\n')
    const res = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv } })
    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 6 })
  })

  it('refuses residents, owners and grid workers, and every caller from another compound', async () => {
    const csv = [header, line('b9-201', 'o9-9')].join('\n')
    for (const persona of ['resident', 'owner', 'grid-a', 'staff']) {
      const { token } = await h.login(persona)
      const res = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv } })
      expect([persona, res.status]).toEqual([persona, 403])
    }
    const { token } = await h.login('committee')
    const other = await h.request('POST', `/v1/compounds/${h.secondCompoundId}/roll/import`, { token, body: { csv } })
    expect(other.status).toBe(403)
    expect((await h.request('GET', `/v1/compounds/${h.secondCompoundId}/roll`, { token })).status).toBe(403)
  })

  it('names the field when the body is wrong', async () => {
    const { token } = await h.login('committee')
    const res = await h.request('POST', `/v1/compounds/${h.compoundId}/roll/import`, { token, body: { csv: '' } })
    expect(res).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.csv' }] } } })
  })
})

describe('the seeded demo roll', () => {
  it('has 3 buildings, 120 units, co-owned and developer-held units and 2 grids', async () => {
    const { token } = await h.login('committee')
    const roll = await wholeRoll(h, token, h.compoundId)
    const seededUnits = roll.units.filter((u: { buildingId: string }) => ['b1', 'b2', 'b3'].includes(u.buildingId))
    expect(seededUnits).toHaveLength(120)
    expect(seededUnits.filter((u: { status: string }) => u.status === 'developer_unsold')).toHaveLength(4)
    const perUnit = new Map<string, number>()
    for (const l of roll.ownerships) perUnit.set(l.unitId, (perUnit.get(l.unitId) ?? 0) + 1)
    expect([...perUnit.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(3)
    expect(roll.ownerships.filter((l: { ownerId: string }) => l.ownerId === 'o-lijianguo')).toHaveLength(2)
    const grids = (await h.request('GET', `/v1/compounds/${h.compoundId}/grids`, { token })).body.grids
    expect(grids.map((g: { gridId: string }) => g.gridId).sort()).toEqual(['grid-a', 'grid-b'])
  })
})
