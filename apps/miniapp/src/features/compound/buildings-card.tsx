import type { compound, Grid, ResponseOf } from '@jiayuan/contracts'
import { areaText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { StatusTag } from '../../components/status-tag'

type Summary = ResponseOf<typeof compound.listBuildings>['buildings'][number]

interface Props {
  buildings: Summary[]
  grids: Grid[]
  /** Opens a building's units (for those who may correct them). */
  onOpen?: (buildingId: string) => void
}

/** Buildings with unit counts and exclusive area: the compound's roll at a glance, no owner data. */
export function BuildingsCard({ buildings, grids, onOpen }: Props) {
  const units = buildings.reduce((n, b) => n + b.units, 0)
  const area = buildings.reduce((n, b) => n + b.totalArea, 0)
  const gridName = (id?: string) => grids.find((g) => g.gridId === id)?.name
  return (
    <Card title="楼栋与房屋" extra={`${buildings.length} 栋`} className="buildings-card">
      <ListRow className="buildings-total" title={`共 ${units} 套房屋`} sub={`专有部分面积合计 ${areaText(area)}`} />
      {buildings.map((b) => (
        <ListRow
          key={b.buildingId}
          className="building-row"
          title={b.name}
          sub={`${b.units} 套 · ${areaText(b.totalArea)}`}
          extra={gridName(b.gridId) ?? <StatusTag tone="bad" text="未划网格" />}
          {...(onOpen ? { onClick: () => onOpen(b.buildingId) } : {})}
        />
      ))}
    </Card>
  )
}
