import type { compound, ResponseOf } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { areaText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'

type Summary = ResponseOf<typeof compound.listBuildings>['buildings'][number]

/** The compound's size as the roll records it: what every vote's area and headcount are measured against. */
export function VoteBasisCard({ compoundName, buildings }: { compoundName: string; buildings: Summary[] }) {
  const units = buildings.reduce((n, b) => n + b.units, 0)
  const area = buildings.reduce((n, b) => n + b.totalArea, 0)
  return (
    <Card title={`${compoundName}房屋名册`} className='vote-basis'>
      <ListRow title='楼栋' extra={`${buildings.length} 栋`} />
      <ListRow title='房屋' extra={`${units} 套`} />
      <ListRow title='专有部分面积合计' extra={areaText(area)} />
      <Text className='muted'>业主大会表决同时按专有部分面积和业主人数计算；一人有多套房按一人计，面积相加。</Text>
    </Card>
  )
}
