import type { Membership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadMine } from './api'
import { CareLogList } from './care-log'
import { DutyCard } from './duty-card'
import { ElderCheckIn } from './elder-check-in'
import { PlanForm } from './plan-form'
import './care.scss'

/**
 * 窗帘之约 (H3): the elder's own 我很好 and settings; below, the elders the person looks after, alarms first,
 * each with what they may do.
 */
export function CareScreen({ membership, focus }: { membership: Membership; focus?: string }) {
  const { compoundId } = membership
  const remote = useRemote(() => loadMine(compoundId), [compoundId])
  const [panel, setPanel] = useState<'none' | 'plan' | 'log'>('none')
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  const { own, duties = [] } = remote.data ?? {}
  return (
    <View className="care">
      {own ? (
        <>
          <ElderCheckIn today={own} onDone={remote.reload} />
          <View className="care__links">
            <Button
              className="care-open-log"
              size="large"
              block
              onClick={() => setPanel(panel === 'log' ? 'none' : 'log')}
            >
              {panel === 'log' ? '收起记录' : '我的记录'}
            </Button>
            <Button
              className="care-open-plan"
              size="large"
              block
              onClick={() => setPanel(panel === 'plan' ? 'none' : 'plan')}
            >
              {panel === 'plan' ? '收起设置' : '约定设置'}
            </Button>
          </View>
          {panel === 'log' ? (
            <Card title="我的记录">
              <CareLogList compoundId={compoundId} elderId={own.plan.elderId} />
            </Card>
          ) : null}
          {panel === 'plan' ? <PlanForm plan={own.plan} onSaved={remote.reload} /> : null}
        </>
      ) : null}
      {duties.length > 0 ? <Text className="care__section">我照看的老人</Text> : null}
      {duties.map((d) => (
        <DutyCard key={d.plan.elderId} today={d} focused={d.plan.elderId === focus} onDone={remote.reload} />
      ))}
      {!own && duties.length === 0 ? (
        <Empty text="您还没有报平安约定，也没有需要照看的老人。可请社区上门登记。" />
      ) : null}
    </View>
  )
}
