import { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { validateRollCsv } from './validate-roll'

const header = ROLL_CSV_COLUMNS.join(',')
const row = (over: Partial<Record<(typeof ROLL_CSV_COLUMNS)[number], string>> = {}) => {
  const base = {
    building_id: 'b1',
    building_name: '1栋',
    unit_id: 'u101',
    unit_label: '1-1-101',
    kind: 'residential',
    status: 'owned',
    registered_area: '89.35',
    surveyed_area: '',
    contract_area: '',
    owner_id: 'o1',
    owner_kind: 'person',
    owner_name: '张伟',
    owner_phone: '13812348888',
    is_developer: 'no',
    is_voter: 'yes',
  }
  const merged = { ...base, ...over }
  return ROLL_CSV_COLUMNS.map((c) => merged[c]).join(',')
}

describe('validateRollCsv', () => {
  it('reads a clean file into buildings, units, owners and ownerships', () => {
    const csv = [
      header,
      row(),
      row({ unit_id: 'u102', unit_label: '1-1-102', registered_area: '', surveyed_area: '120.5' }),
    ].join('\n')
    const check = validateRollCsv(csv)
    expect(check.errors).toEqual([])
    expect(check.roll.units).toHaveLength(2)
    expect(check.roll.units[1]).toMatchObject({ area: 12050, areaSource: 'surveyed' })
    expect(check.roll.owners).toHaveLength(1)
  })

  it('reports every bad row with its number and column, and returns no roll', () => {
    const csv = [
      header,
      row(),
      row({ unit_id: 'u2', unit_label: '1-1-2', registered_area: '89.355' }),
      row({ unit_id: 'u3', unit_label: '1-1-3', status: 'sold' }),
      row({ unit_id: 'u4', unit_label: '1-1-4', owner_name: '' }),
    ].join('\r\n')
    const check = validateRollCsv(csv)
    expect(check.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'registered_area'],
      [4, 'status'],
      [5, 'owner_name'],
    ])
    expect(check.roll.units).toEqual([])
  })

  it('requires exactly one voter among co-owners', () => {
    const noVoter = [header, row({ is_voter: 'no' }), row({ owner_id: 'o2', owner_name: '刘洋', is_voter: 'no' })]
    expect(validateRollCsv(noVoter.join('\n')).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'is_voter' }),
    ])
    const twoVoters = [header, row(), row({ owner_id: 'o2', owner_name: '刘洋' })]
    expect(validateRollCsv(twoVoters.join('\n')).errors).toEqual([
      expect.objectContaining({ row: 3, column: 'is_voter' }),
    ])
  })

  it('refuses rows that contradict an earlier row about the same unit or owner', () => {
    const csv = [header, row(), row({ owner_id: 'o2', owner_name: '刘洋', registered_area: '90', is_voter: 'no' })]
    expect(validateRollCsv(csv.join('\n')).errors[0]).toMatchObject({ row: 3, column: 'unit_id' })
  })

  it('names missing columns on the header row', () => {
    expect(validateRollCsv('building_id,unit_id\nb1,u1').errors[0]).toMatchObject({ row: 1 })
  })

  it('requires developer-held units to belong to the developer', () => {
    const csv = [header, row({ status: 'developer_unsold' })].join('\n')
    expect(validateRollCsv(csv).errors[0]).toMatchObject({ column: 'status' })
  })
})
