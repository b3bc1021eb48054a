import { useState } from 'react'
import { buildingsWithoutGrid } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { StatusTag } from '../../components/status-tag'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import { loadGridSetup } from './api'
import { GridEditor } from './grid-editor'
import './grids.scss'

/**
 * 网格划分: create and rename grids and choose their buildings. Grid workers are shown read-only; who works which
 * grid is a member's role, set on 网格与角色.
 */
export function GridsScreen({ compoundId }: { compoundId: string }) {
  const data = useRemote(() => loadGridSetup(compoundId), [compoundId])
  const [editing, setEditing] = useState<string | undefined>()
  if (data.loading && !data.data) return <Loading />
  if (data.error || !data.data) return <ErrorNote message={data.error ?? '没有数据'} onRetry={data.reload} />
  const { grids, buildings, members } = data.data
  const outside = buildingsWithoutGrid(buildings, grids)
  const nameOf = (id: string) => buildings.find((b) => b.buildingId === id)?.name ?? id
  const saved = () => {
    setEditing(undefined)
    data.reload()
  }
  return (
    <View className="grids-screen">
      {outside.length ? (
        <Card
          title="未划入网格的楼栋"
          className="grids-uncovered"
          extra={<StatusTag tone="bad" text={`${outside.length} 栋`} />}
        >
          <Text>{outside.map((b) => b.name).join('、')}</Text>
          <Text className="muted">这些楼栋的报修没有网格员认领，只能由物业派单。请把它们划入一个网格。</Text>
        </Card>
      ) : (
        <Card className="grids-covered">
          <Text>每栋楼都已划入网格。</Text>
        </Card>
      )}
      {grids.map((g) => {
        const workers = members.filter((m) => m.roles.includes('grid_worker') && m.gridIds.includes(g.gridId))
        return (
          <Card key={g.gridId} title={g.name} className="grid-card" extra={`${g.buildingIds.length} 栋`}>
            {editing === g.gridId ? (
              <GridEditor
                compoundId={compoundId}
                grid={g}
                grids={grids}
                buildings={buildings}
                onSaved={saved}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                <ListRow
                  className="grid-buildings"
                  title="楼栋"
                  sub={g.buildingIds.map(nameOf).join('、') || '尚未划入楼栋'}
                  extra="修改 ›"
                  onClick={() => setEditing(g.gridId)}
                />
                <ListRow
                  className="grid-workers"
                  title="网格员"
                  sub={workers.map((w) => w.displayName).join('、') || '还没有网格员'}
                />
              </>
            )}
          </Card>
        )
      })}
      <Card title="新建网格" className="grid-new">
        <GridEditor compoundId={compoundId} grids={grids} buildings={buildings} onSaved={saved} />
      </Card>
      <Card title="网格员" className="grid-workers-link">
        <ListRow
          title="指派或调整网格员"
          sub="网格员是成员的角色，在「网格与角色」中设置"
          extra="›"
          onClick={() => go('members')}
        />
      </Card>
    </View>
  )
}
