import type { CommunityMembership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { loadCommunityConsole } from './street-api'
import { ConsoleView } from './console-view'

/** 社区工作台 (DOMAIN S5, G4): the same figures as the street's, over the community's own compounds. */
export function CommunityScreen({ community }: { community: CommunityMembership }) {
  const remote = useRemote(() => loadCommunityConsole(community.communityId), [community.communityId])
  useReloadOnShow(remote.reload)
  return (
    <View className="above">
      <Card title={community.communityName} className="community-summary">
        <Text className="muted">
          {remote.data
            ? remote.data.streetId
              ? `辖区 ${remote.data.totals.compounds} 个小区`
              : '社区还没有归属街道，暂无街道数据。'
            : ''}
        </Text>
      </Card>
      {remote.loading && !remote.data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {remote.data ? (
        <ConsoleView data={remote.data} load={(ask) => loadCommunityConsole(community.communityId, ask)} />
      ) : null}
    </View>
  )
}
