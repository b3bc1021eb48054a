import type { ROLL_CSV_COLUMNS } from '@jiayuan/contracts'

type Column = (typeof ROLL_CSV_COLUMNS)[number]

/** The CSV's columns as a committee member reads them; the file keeps the English names. */
export const COLUMN_LABEL: Record<Column, string> = {
  building_id: '楼栋编号',
  building_name: '楼栋名称',
  unit_id: '房屋编号',
  unit_label: '房号',
  kind: '房屋类型',
  status: '房屋状态',
  registered_area: '登记面积',
  surveyed_area: '实测面积',
  contract_area: '合同面积',
  owner_id: '业主编号',
  owner_kind: '业主类型',
  owner_name: '业主姓名',
  owner_phone: '业主电话',
  is_developer: '是否开发商',
  is_voter: '是否投票人',
}

export function columnText(column: string | undefined): string {
  if (!column) return '—'
  const label = (COLUMN_LABEL as Record<string, string>)[column]
  return label ? `${label}（${column}）` : column
}
