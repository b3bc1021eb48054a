import {
  ROLL_COLUMN_LABEL,
  ROLL_CSV_COLUMNS,
  type Building,
  type Owner,
  type Ownership,
  type Roll,
  type RollRowError,
  type Unit,
} from '@jiayuan/contracts'
import { parseAreaCentiSqm } from './area'
import { parseCsvRows, type TableRow } from './csv'

type Column = (typeof ROLL_CSV_COLUMNS)[number]
type Row = Record<Column, string>

const ID = /^[A-Za-z0-9_-]{1,64}$/
const PHONE = /^[0-9+\- ]{5,20}$/
const UNIT_KINDS = ['residential', 'commercial', 'parking'] as const
const UNIT_STATUSES = ['owned', 'developer_unsold', 'undelivered'] as const
// Committees fill the file in Chinese; the codes stay accepted (DOMAIN V3, V4 values).
const KIND_WORDS: Record<string, (typeof UNIT_KINDS)[number]> = {
  住宅: 'residential',
  商业: 'commercial',
  车位: 'parking',
}
const STATUS_WORDS: Record<string, (typeof UNIT_STATUSES)[number]> = {
  已售: 'owned',
  业主所有: 'owned',
  开发商未售: 'developer_unsold',
  未售: 'developer_unsold',
  未交付: 'undelivered',
}
const OWNER_KIND_WORDS: Record<string, 'person' | 'organisation'> = {
  个人: 'person',
  单位: 'organisation',
  机构: 'organisation',
}
const YES = new Set(['yes', 'y', 'true', '1', '是'])
const NO = new Set(['no', 'n', 'false', '0', '否', ''])

function oneOf<T extends string>(value: string, allowed: readonly T[], words: Record<string, T> = {}): T | undefined {
  if ((allowed as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T
  return words[value]
}

/** Which column a header cell names: its code, its Chinese label, or both (`楼栋编号（building_id）`). */
function columnOf(header: string): Column | undefined {
  const h = header.trim().toLowerCase()
  const code = /[（(]\s*([a-z_]+)\s*[)）]\s*$/.exec(h)?.[1] ?? h
  return (
    ROLL_CSV_COLUMNS.find((c) => c === code) ??
    ROLL_CSV_COLUMNS.find(
      (c) =>
        ROLL_COLUMN_LABEL[c] ===
        header
          .trim()
          .replace(/[（(].*$/, '')
          .trim(),
    )
  )
}

function readFlag(value: string): boolean | undefined {
  const v = value.trim().toLowerCase()
  if (YES.has(v)) return true
  if (NO.has(v)) return false
  return undefined
}

export interface RollCheck {
  roll: Roll
  errors: RollRowError[]
  rows: number
}

/** Reads a roll CSV and checks every row (see `validateRollTable`). */
export function validateRollCsv(text: string): RollCheck {
  return validateRollTable(parseCsvRows(text))
}

/**
 * Checks every row of a roll table (read from CSV or from an Excel sheet). The import writes only when `errors`
 * is empty, so a file with one bad row imports nothing (issue #2). The first non-blank row is the header; each
 * error carries the row number the spreadsheet shows, so the committee finds the row where they typed it.
 */
export function validateRollTable(table: readonly TableRow[]): RollCheck {
  const errors: RollRowError[] = []
  const empty: Roll = { buildings: [], units: [], owners: [], ownerships: [] }
  const head = table[0]
  const header = (head?.cells ?? []).map(columnOf)
  const missing = ROLL_CSV_COLUMNS.filter((c) => !header.includes(c))
  if (missing.length > 0) {
    // One error per missing column, each naming it, so the page can point at every column (issue 15 item 6).
    const row = head?.row ?? 1
    const errors = missing.map((c) => ({ row, column: c, message: `缺少列：${ROLL_COLUMN_LABEL[c]}（${c}）` }))
    return { roll: empty, rows: 0, errors }
  }
  const rows: Array<{ rowNo: number; r: Row }> = table.slice(1).map(({ row: rowNo, cells }) => {
    const r = {} as Row
    ROLL_CSV_COLUMNS.forEach((c) => (r[c] = (cells[header.indexOf(c)] ?? '').trim()))
    return { rowNo, r }
  })
  if (rows.length === 0) return { roll: empty, rows: 0, errors: [{ row: head?.row ?? 1, message: '文件中没有数据行' }] }

  const buildings = new Map<string, { value: Building; row: number }>()
  const units = new Map<string, { value: Unit; row: number; voters: number[] }>()
  const owners = new Map<string, { value: Owner; row: number }>()
  const ownerships = new Map<string, Ownership>()
  const labels = new Map<string, string>()

  rows.forEach(({ rowNo, r }) => {
    const fail = (column: Column | undefined, message: string) => errors.push({ row: rowNo, column, message })
    const before = errors.length

    for (const c of ['building_id', 'unit_id', 'owner_id'] as const) {
      if (!ID.test(r[c])) fail(c, `${c} 必须是 1–64 位字母、数字、"-" 或 "_"`)
    }
    if (!r.building_name) fail('building_name', '楼栋名称不能为空')
    if (!r.unit_label) fail('unit_label', '房号不能为空')
    if (!r.owner_name) fail('owner_name', '业主姓名不能为空')
    const kind = r.kind ? oneOf(r.kind, UNIT_KINDS, KIND_WORDS) : 'residential'
    if (!kind) fail('kind', `房屋类型须为 住宅 / 商业 / 车位（或 ${UNIT_KINDS.join(' / ')}）`)
    const status = oneOf(r.status, UNIT_STATUSES, STATUS_WORDS)
    if (!status) fail('status', `状态须为 已售 / 开发商未售 / 未交付（或 ${UNIT_STATUSES.join(' / ')}）`)
    const ownerKind = oneOf(r.owner_kind, ['person', 'organisation'] as const, OWNER_KIND_WORDS)
    if (!ownerKind) fail('owner_kind', '业主类型须为 个人 或 单位（或 person / organisation）')
    if (r.owner_phone && !PHONE.test(r.owner_phone)) fail('owner_phone', '电话号码格式不对')
    const isDeveloper = readFlag(r.is_developer)
    if (isDeveloper === undefined) fail('is_developer', '是否开发商须为 是 或 否（yes / no）')
    const isVoter = readFlag(r.is_voter)
    if (isVoter === undefined) fail('is_voter', '是否投票人须为 是 或 否（yes / no）')

    const areas = {} as Record<'registered' | 'surveyed' | 'contract', number | undefined>
    for (const source of ['registered', 'surveyed', 'contract'] as const) {
      const text = r[`${source}_area`]
      areas[source] = text ? parseAreaCentiSqm(text) : undefined
      if (text && areas[source] === undefined) fail(`${source}_area`, '面积须为平方米数，最多两位小数，如 89.35')
    }
    const areaSource = (['registered', 'surveyed', 'contract'] as const).find((s) => areas[s] !== undefined)
    if (!areaSource && !errors.slice(before).some((e) => e.column?.endsWith('_area'))) {
      fail('registered_area', '至少填写一种面积（登记、实测或合同）')
    }
    if (errors.length > before || !kind || !status || !ownerKind || !areaSource) return

    const building: Building = { buildingId: r.building_id, name: r.building_name }
    const seenBuilding = buildings.get(building.buildingId)
    if (seenBuilding && seenBuilding.value.name !== building.name) {
      return fail('building_name', `与第 ${seenBuilding.row} 行的楼栋名称不一致`)
    }
    const unit: Unit = {
      unitId: r.unit_id,
      buildingId: r.building_id,
      label: r.unit_label,
      kind,
      status,
      area: areas[areaSource] ?? 0,
      areaSource,
      ...(areas.registered !== undefined ? { registeredArea: areas.registered } : {}),
      ...(areas.surveyed !== undefined ? { surveyedArea: areas.surveyed } : {}),
      ...(areas.contract !== undefined ? { contractArea: areas.contract } : {}),
    }
    const seenUnit = units.get(unit.unitId)
    if (seenUnit && JSON.stringify(seenUnit.value) !== JSON.stringify(unit)) {
      return fail('unit_id', `与第 ${seenUnit.row} 行的房屋信息不一致`)
    }
    const labelOwner = labels.get(unit.label)
    if (labelOwner !== undefined && labelOwner !== unit.unitId) return fail('unit_label', `房号 ${unit.label} 重复`)
    const owner: Owner = {
      ownerId: r.owner_id,
      kind: ownerKind,
      name: r.owner_name,
      isDeveloper: isDeveloper === true,
      ...(r.owner_phone ? { phone: r.owner_phone } : {}),
    }
    const seenOwner = owners.get(owner.ownerId)
    if (seenOwner && JSON.stringify(seenOwner.value) !== JSON.stringify(owner)) {
      return fail('owner_id', `与第 ${seenOwner.row} 行的业主信息不一致`)
    }
    if (status === 'developer_unsold' && !owner.isDeveloper) {
      return fail('status', '开发商未售房屋的业主须标记 is_developer = yes')
    }
    const linkKey = `${unit.unitId}|${owner.ownerId}`
    if (ownerships.has(linkKey)) return fail('owner_id', '同一房屋的同一业主重复出现')

    buildings.set(building.buildingId, seenBuilding ?? { value: building, row: rowNo })
    const entry = seenUnit ?? { value: unit, row: rowNo, voters: [] }
    if (isVoter) entry.voters.push(rowNo)
    units.set(unit.unitId, entry)
    labels.set(unit.label, unit.unitId)
    owners.set(owner.ownerId, seenOwner ?? { value: owner, row: rowNo })
    ownerships.set(linkKey, { unitId: unit.unitId, ownerId: owner.ownerId, isVoter: isVoter === true })
  })

  // Co-owners of one unit name exactly one voter (DOMAIN V3); a sole owner is the voter.
  const linksByUnit = new Map<string, Ownership[]>()
  for (const link of ownerships.values()) linksByUnit.set(link.unitId, [...(linksByUnit.get(link.unitId) ?? []), link])
  for (const [unitId, entry] of units) {
    const links = linksByUnit.get(unitId) ?? []
    const only = links[0]
    if (links.length === 1 && only) only.isVoter = true
    else if (entry.voters.length === 0)
      errors.push({ row: entry.row, column: 'is_voter', message: `共有房屋 ${entry.value.label} 须指定一名投票人` })
    else if (entry.voters.length > 1)
      errors.push({
        row: entry.voters[1] ?? entry.row,
        column: 'is_voter',
        message: `房屋 ${entry.value.label} 只能有一名投票人`,
      })
  }

  errors.sort((a, b) => a.row - b.row)
  const roll: Roll = {
    buildings: [...buildings.values()].map((b) => b.value),
    units: [...units.values()].map((u) => u.value),
    owners: [...owners.values()].map((o) => o.value),
    ownerships: [...ownerships.values()],
  }
  return { roll: errors.length ? empty : roll, errors, rows: rows.length }
}
