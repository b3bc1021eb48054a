import type { Building, Grid } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { StatusTag } from '../../components/status-tag'

interface Props {
  buildings: Building[]
  grids: Grid[]
  /** The viewer's own grids (grid workers), marked and listed first. */
  myGridIds?: readonly string[]
  title?: string
  /** List buildings no grid covers; off when `grids` is only a part of the compound's grids. */
  showUncovered?: boolean
}

/** Which grid, and so which grid worker, a problem in each building goes to. */
export function GridsCard({ buildings, grids, myGridIds = [], title = '报修派单范围', showUncovered = true }: Props) {
  const nameOf = (id: string) => buildings.find((b) => b.buildingId === id)?.name ?? id
  const sorted = [...grids].sort((a, b) => Number(myGridIds.includes(b.gridId)) - Number(myGridIds.includes(a.gridId)))
  const covered = new Set(grids.flatMap((g) => g.buildingIds))
  const outside = showUncovered ? buildings.filter((b) => !covered.has(b.buildingId)) : []
  return (
    <Card title={title} className="grids-card">
      <Text className="muted">随手拍报修时按所在楼栋派给该网格的网格员。</Text>
      {sorted.map((g) => (
        <ListRow
          key={g.gridId}
          className={`grid-row${myGridIds.includes(g.gridId) ? ' grid-row--mine' : ''}`}
          title={g.name}
          sub={g.buildingIds.length ? g.buildingIds.map(nameOf).join('、') : '尚未划入楼栋'}
          extra={myGridIds.includes(g.gridId) ? <StatusTag tone="ok" text="我负责" /> : undefined}
        />
      ))}
      {outside.length ? (
        <View className="grid-row--outside">
          <ListRow title="未划入网格" sub={`${outside.map((b) => b.name).join('、')}：由物业直接处理`} />
        </View>
      ) : null}
    </Card>
  )
}
