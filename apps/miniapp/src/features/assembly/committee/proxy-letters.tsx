import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadProxies } from '../api'

/** DOMAIN V6, V15: the signed letters on file for this meeting, who authorised whom; names masked (P1). */
export function ProxyLetters({ ids }: { ids: { compoundId: string; meetingId: string } }) {
  const data = useRemote(() => loadProxies(ids), [ids.compoundId, ids.meetingId])
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorNote message={data.error} onRetry={data.reload} />
  const proxies = data.data ?? []
  return (
    <Card title={`已登记的授权委托书（${proxies.length} 份）`} className="proxy-letters">
      {proxies.length === 0 ? <Text className="muted">本次表决还没有登记委托书。</Text> : null}
      {proxies.map((p) => (
        <View key={p.principalId} className="proxy-letter">
          <Text className="proxy-letter__who">
            {p.principalMaskedName}（{p.principalUnitLabels.join('、') || '无房号'}）委托 {p.holderMaskedName}
          </Text>
          <Text className="muted">委托书原件照片已存档 · {dateTimeText(p.registeredAt)} 登记</Text>
        </View>
      ))}
    </Card>
  )
}
