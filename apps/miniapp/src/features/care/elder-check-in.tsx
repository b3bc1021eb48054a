import type { CareToday } from '@jiayuan/contracts'
import { shanghaiDateTime } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { useSave } from '../../hooks/use-save'
import { checkIn } from './api'
import { STATUS_LABEL, STEP_LABEL } from './labels'

/** 窗帘之约 for the elder: one huge 我很好, and today in one line (H3, A1). */
export function ElderCheckIn({ today, onDone }: { today: CareToday; onDone(): void }) {
  const save = useSave()
  const { plan, status } = today
  const done = status === 'ok' || status === 'closed'
  const tap = async () => {
    const out = await save.run(() => checkIn({ compoundId: plan.compoundId, elderId: plan.elderId }), '')
    if (out) onDone()
  }
  return (
    <View className={`care-elder care-elder--${status}`}>
      <Text className="care-elder__status">{STATUS_LABEL[status]}</Text>
      <Text className="care-elder__window">
        每天 {plan.windowStart}–{plan.windowEnd} 点一下“我很好”
      </Text>
      <Button className="care-fine" type="primary" block loading={save.busy} onClick={() => void tap()}>
        {done ? '我很好（已报）' : '我很好'}
      </Button>
      {status === 'alarm' ? (
        <Text className="care-elder__note">已经通知{plan.neighbourName}等人来看您，点“我很好”就能告诉他们。</Text>
      ) : null}
      {today.next && !done ? (
        <Text className="muted">
          到 {shanghaiDateTime(today.next.dueAt).slice(11)} 还没报，会通知{STEP_LABEL[today.next.step]}来看看
        </Text>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
    </View>
  )
}
