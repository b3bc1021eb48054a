import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadDeliveries } from '../api'
import { DELIVERY_LABEL } from '../shared/labels'

/** DOMAIN V8: to whom the ballot was delivered, when and how; the proof 从众 rests on. Names masked. */
export function DeliveryList({
  ids,
  version = 0,
}: {
  ids: { compoundId: string; meetingId: string }
  version?: number
}) {
  const data = useRemote(() => loadDeliveries(ids), [ids.compoundId, ids.meetingId, version])
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorNote message={data.error} onRetry={data.reload} />
  const list = data.data
  if (!list) return null
  return (
    <Card title={`选票送达记录（${list.deliveries.length} 户）`} className="delivery-list">
      {list.deliveries.length === 0 ? (
        <Text className="muted">
          {list.followMajority ? '尚未记录送达。适用从众条款时，只有已送达的业主才会被视为随多数。' : '尚未记录送达。'}
        </Text>
      ) : null}
      {list.deliveries.map((d) => (
        <View key={d.subjectId} className="delivery-row">
          <Text className="delivery-row__who">
            {d.maskedName}（{d.unitLabels.join('、') || '无房号'}）
          </Text>
          <Text className="muted">
            {DELIVERY_LABEL[d.method]} · {dateTimeText(d.recordedAt)}
            {d.note ? ` · ${d.note}` : ''}
          </Text>
        </View>
      ))}
    </Card>
  )
}
