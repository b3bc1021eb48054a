import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { useSession } from '../../state/session'
import { loadMyCommunities } from './api'
import { NewCommunityForm } from './new-community-form'

/** 平台管理 / 社区管理: the communities the person runs; a platform admin also creates them. */
export function CommunitiesScreen() {
  const session = useSession()
  const isPlatformAdmin = session?.user.platformAdmin === true
  const list = useRemote(() => loadMyCommunities(), [])
  useReloadOnShow(list.reload)
  return (
    <>
      <Card title={isPlatformAdmin ? '全部社区' : '我管理的社区'} className="communities-list">
        {list.loading && !list.data ? <Loading /> : null}
        {list.error ? <ErrorNote message={list.error} onRetry={list.reload} /> : null}
        {list.data?.length === 0 ? (
          <Empty text={isPlatformAdmin ? '还没有社区，请在下面新建第一个。' : '您还不是任何社区的管理员。'} />
        ) : null}
        {list.data?.map((c) => (
          <ListRow
            key={c.communityId}
            className="community-item"
            title={c.name}
            sub={`${c.district} · ${c.street}`}
            extra="›"
            onClick={() => go('community', { id: c.communityId })}
          />
        ))}
      </Card>
      {isPlatformAdmin ? (
        <Card title="新建社区" className="new-community">
          <Text className="muted">社区建好后，邀请社区管理员；社区管理员在社区里新建和设置小区。</Text>
          <NewCommunityForm onCreated={(c) => go('community', { id: c.communityId })} />
        </Card>
      ) : null}
    </>
  )
}
