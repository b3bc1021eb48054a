import type { Membership } from '@jiayuan/contracts'
import { hoursText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { useSession } from '../../state/session'
import { downloadCertificate, loadContributions } from './api'
import './neighbours.scss'

/** 我的贡献 (H1): each recorded service (what, when, hours, who recorded it), the total, and the certificate. */
export function ContributionsScreen({ membership }: { membership: Membership }) {
  const { compoundId } = membership
  const name = useSession()?.user.displayName ?? '志愿者'
  const remote = useRemote(() => loadContributions(compoundId), [compoundId])
  const save = useSave()
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error || !remote.data) return <ErrorNote message={remote.error ?? '加载失败'} onRetry={remote.reload} />
  const { records, totalMinutes, awaitingHours } = remote.data
  const download = () => save.run(() => downloadCertificate(compoundId, name), '志愿服务证明已生成')
  return (
    <View className="nb">
      <Card title="累计服务时长" className="nb-total">
        <Text className="nb-total__hours">{hoursText(totalMinutes)}</Text>
        <Text className="nb__meta">
          共 {records.length} 次服务{awaitingHours ? ` · 另有 ${awaitingHours} 次等组织方记录时长` : ''}
        </Text>
        {save.error ? <ErrorNote message={save.error} /> : null}
        <Button
          className="nb-certificate"
          type="primary"
          block
          disabled={records.length === 0}
          loading={save.busy}
          onClick={() => void download()}
        >
          下载志愿服务证明（PDF）
        </Button>
        {records.length === 0 ? <Text className="nb__meta muted">组织方记录时长后才能出具证明。</Text> : null}
      </Card>
      {records.length === 0 ? <Empty text="还没有记录的服务" /> : null}
      {records.map((r) => (
        <Card key={r.askId ?? r.activityId} title={r.what} className="nb-record">
          <Text className="nb__meta">
            {r.servedOn} · {hoursText(r.minutes)}
          </Text>
          <Text className="nb__meta muted">记录人：{r.recordedByName}</Text>
        </Card>
      ))}
    </View>
  )
}
