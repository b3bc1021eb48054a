import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { Button } from '../../components/nut'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { switchCompound, useSession } from '../../state/session'
import { loadCommunity } from './api'
import { CommunityAdmins } from './community-admins'

/** One community: its compounds (新建小区 for its admins and the platform admin) and its admins. */
export function CommunityScreen({ communityId }: { communityId: string }) {
  const session = useSession()
  const data = useRemote(() => loadCommunity(communityId), [communityId])
  useReloadOnShow(data.reload)
  if (data.loading && !data.data) return <Loading />
  if (data.error || !data.data) return <ErrorNote message={data.error ?? '没有数据'} onRetry={data.reload} />
  const { community, compounds } = data.data
  const mine = new Set(session?.memberships.map((m) => m.compoundId))
  const open = (compoundId: string) => {
    switchCompound(compoundId)
    go('members')
  }
  return (
    <>
      <Card title={community.name} extra={`${community.district} · ${community.street}`} className="community-head">
        <Text className="muted">社区管理员在这里新建小区；建好后设置楼栋、网格和人员。</Text>
      </Card>
      <Card title="小区" extra={`${compounds.length} 个`} className="compounds-list">
        {compounds.length === 0 ? <Empty text="这个社区还没有小区。" /> : null}
        {compounds.map((c) => (
          <ListRow
            key={c.compoundId}
            className="compound-item"
            title={c.name}
            sub={mine.has(c.compoundId) ? '点按进入：人员与角色' : `编号 ${c.compoundId}`}
            extra={mine.has(c.compoundId) ? '›' : undefined}
            {...(mine.has(c.compoundId) ? { onClick: () => open(c.compoundId) } : {})}
          />
        ))}
        <Button
          className="new-compound"
          type="primary"
          size="large"
          block
          onClick={() => go('compoundNew', { communityId })}
        >
          新建小区
        </Button>
      </Card>
      <CommunityAdmins communityId={communityId} />
    </>
  )
}
