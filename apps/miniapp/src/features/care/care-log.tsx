import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadLog } from './api'
import { OUTCOME_LABEL, STEP_LABEL } from './labels'

/** The elder's recent days: every step told and how each day ended, with who and why (H3). */
export function CareLogList({ compoundId, elderId }: { compoundId: string; elderId: string }) {
  const remote = useRemote(() => loadLog({ compoundId, elderId }), [compoundId, elderId])
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  const days = remote.data ?? []
  if (days.length === 0) return <Empty text="还没有记录" />
  return (
    <View className="care-log">
      {days.map((d) => (
        <View key={d.date} className="care-log__day">
          <Text className="care-log__date">
            {d.date} · {d.outcome ? OUTCOME_LABEL[d.outcome] : '提醒中'}
          </Text>
          {d.log.map((e, i) => (
            <Text key={i} className="care-log__entry">
              {dateTimeText(e.at)}{' '}
              {e.action === 'escalated'
                ? `通知${e.step ? STEP_LABEL[e.step] : ''}（${e.who}）`
                : `${e.who}：${e.outcome ? OUTCOME_LABEL[e.outcome] : ''}${e.reason ? `，${e.reason}` : ''}`}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
