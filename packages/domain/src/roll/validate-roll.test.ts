import { ROLL_COLUMN_LABEL, ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { validateRollCsv, validateRollTable } from './validate-roll'

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

describe('validateRollCsv: the file as a committee writes it', () => {
  const labelled = ROLL_CSV_COLUMNS.map((c) => `${ROLL_COLUMN_LABEL[c]}（${c}）`).join(',')
  const chinese = ROLL_CSV_COLUMNS.map((c) => ROLL_COLUMN_LABEL[c]).join(',')

  it('takes Chinese headers (with or without the code) and Chinese values', () => {
    for (const head of [labelled, chinese]) {
      const check = validateRollCsv(
        [
          head,
          row({ kind: '商业', status: '开发商未售', owner_kind: '单位', is_developer: '是', is_voter: '是' }),
        ].join('\n'),
      )
      expect(check.errors).toEqual([])
      expect(check.roll.units[0]).toMatchObject({ kind: 'commercial', status: 'developer_unsold' })
      expect(check.roll.owners[0]).toMatchObject({ kind: 'organisation', isDeveloper: true })
    }
  })

  it('names a missing column by its label and code', () => {
    const check = validateRollCsv([chinese.replace(',业主电话', ''), row()].join('\n'))
    expect(check.errors).toEqual([{ row: 1, column: 'owner_phone', message: '缺少列：业主电话（owner_phone）' }])
  })

  it('numbers rows as the spreadsheet shows them, blank lines included', () => {
    const csv = [header, '', row(), ',,,', row({ unit_id: 'u102', unit_label: '1-1-102', status: '出租' })].join('\n')
    expect(validateRollCsv(csv).errors).toEqual([expect.objectContaining({ row: 5, column: 'status' })])
  })
})

describe('validateRollTable', () => {
  it('reports the row numbers it was given (an Excel sheet with a title row above the header)', () => {
    const cells = (line: string) => line.split(',')
    const check = validateRollTable([
      { row: 3, cells: cells(header) },
      { row: 4, cells: cells(row()) },
      { row: 7, cells: cells(row({ unit_id: 'u9', unit_label: '1-1-109', registered_area: '八十' })) },
    ])
    expect(check.errors).toEqual([
      { row: 7, column: 'registered_area', message: '面积须为平方米数，最多两位小数，如 89.35' },
    ])
  })
})
