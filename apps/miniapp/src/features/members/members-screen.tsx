import { ROLE_LABEL } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadBuildings, loadGrids, loadMembers } from './api'

/** 网格与角色: who holds which role, and which buildings each grid covers (names are masked for non-admins by the API). */
export function MembersScreen({ compoundId }: { compoundId: string }) {
  const data = useRemote(
    () =>
      Promise.all([loadMembers(compoundId), loadGrids(compoundId), loadBuildings(compoundId)]).then(
        ([members, grids, buildings]) => ({ members, grids, buildings }),
      ),
    [compoundId],
  )
  if (data.loading && !data.data) return <Loading />
  if (data.error || !data.data) return <ErrorNote message={data.error ?? '没有数据'} onRetry={data.reload} />
  const { members, grids, buildings } = data.data
  const gridName = (id: string) => grids.find((g) => g.gridId === id)?.name ?? id
  const buildingName = (id: string) => buildings.find((b) => b.buildingId === id)?.name ?? id
  return (
    <>
      <Card title="网格" extra={`${grids.length} 个`} className="grids-list">
        {grids.map((g) => (
          <ListRow
            key={g.gridId}
            className="grid-item"
            title={g.name}
            sub={g.buildingIds.map(buildingName).join('、') || '尚未划入楼栋'}
          />
        ))}
      </Card>
      <Card title="成员与角色" extra={`${members.length} 人`} className="members-list">
        {members.map((m) => (
          <ListRow
            key={m.userId}
            className="member-item"
            title={m.displayName}
            sub={m.roles.map((r) => ROLE_LABEL[r]).join('、')}
            extra={m.gridIds.length ? m.gridIds.map(gridName).join('、') : undefined}
          />
        ))}
      </Card>
    </>
  )
}
