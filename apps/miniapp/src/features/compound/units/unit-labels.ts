import type { AreaSource, Unit } from '@jiayuan/contracts'

export const AREA_SOURCE_LABEL: Record<AreaSource, string> = {
  registered: '登记面积',
  surveyed: '实测面积',
  contract: '合同面积',
}
export const UNIT_KIND_LABEL: Record<Unit['kind'], string> = {
  residential: '住宅',
  commercial: '商业',
  parking: '车位',
}
export const UNIT_STATUS_LABEL: Record<Unit['status'], string> = {
  owned: '已售',
  developer_unsold: '开发商未售',
  undelivered: '未交付',
}
