import type { SettingsChange } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ErrorNote, Loading } from '../../components/status'
import type { Remote } from '../../hooks/use-remote'

/** Who changed the settings, when, why, and what changed: newest first. */
export function HistoryCard({ history }: { history: Remote<SettingsChange[]> }) {
  return (
    <Card title="修改记录" className="settings-history">
      {history.loading && !history.data ? <Loading /> : null}
      {history.error ? <ErrorNote message={history.error} onRetry={history.reload} /> : null}
      {history.data && history.data.length === 0 ? <Text className="muted">还没有修改过。</Text> : null}
      {(history.data ?? []).map((c) => (
        <View key={c.changeId} className="settings-change">
          <Text className="settings-change__who">
            {dateTimeText(c.at)} · {c.actorName}
          </Text>
          <Text className="settings-change__why">原因：{c.reason}</Text>
          {c.changes.map((line) => (
            <Text key={line} className="settings-change__line">
              {line}
            </Text>
          ))}
        </View>
      ))}
    </Card>
  )
}
