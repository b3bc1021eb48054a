import { View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { Button } from '../../components/nut'
import { go } from '../../lib/navigation'
import { loadToday } from './api'
import { CareLogList } from './care-log'
import { DutyCard } from './duty-card'
import { ElderCheckIn } from './elder-check-in'
import './care.scss'

/**
 * One elder's check-in today (H3), as a message about them opens it: the state read fresh, with the step the
 * reader may take (the elder's 我很好, or the neighbour's, grid worker's or staff's answer), and the recent days.
 */
export function ElderToday({ compoundId, elderId }: { compoundId: string; elderId: string }) {
  const today = useRemote(() => loadToday({ compoundId, elderId }), [compoundId, elderId])
  if (today.loading && !today.data) return <Loading />
  if (today.error || !today.data) return <ErrorNote message={today.error ?? '加载失败'} onRetry={today.reload} />
  const own = today.data.as === 'elder'
  return (
    <View className="care">
      {own ? (
        <ElderCheckIn today={today.data} onDone={today.reload} />
      ) : (
        <DutyCard today={today.data} focused onDone={today.reload} />
      )}
      <Card title={own ? '我的记录' : '最近几天'}>
        <CareLogList compoundId={compoundId} elderId={elderId} />
      </Card>
      <Button className="care-all" size="large" block onClick={() => go('care')}>
        {own ? '回到报平安' : '照看的全部老人'}
      </Button>
    </View>
  )
}
