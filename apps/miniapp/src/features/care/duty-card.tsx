import type { CareOutcome, CareToday } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { callPhone } from '../../lib/phone-call'
import { useSave } from '../../hooks/use-save'
import { closeAlarm, confirmWell } from './api'
import { CareLogList } from './care-log'
import { CLOSE_CHOICES, STATUS_LABEL, STEP_LABEL } from './labels'

type Close = Exclude<CareOutcome, 'checked_in' | 'neighbour_confirmed'>

/**
 * An elder the person looks after (H3): today's state, a one-tap 已确认平安 for the paired neighbour, a phone
 * button, and for an alarm under way the answer of whoever went (with what happened).
 */
export function DutyCard({ today, focused, onDone }: { today: CareToday; focused?: boolean; onDone(): void }) {
  const { plan, status } = today
  const params = { compoundId: plan.compoundId, elderId: plan.elderId }
  const save = useSave()
  const [outcome, setOutcome] = useState<Close>('visited_ok')
  const [reason, setReason] = useState('')
  const [showLog, setShowLog] = useState(false)
  const open = status === 'waiting' || status === 'missed' || status === 'alarm'
  const confirm = async () => {
    if (await save.run(() => confirmWell(params), '')) onDone()
  }
  const close = async () => {
    if (await save.run(() => closeAlarm(params, { date: today.date, outcome, reason }), '')) onDone()
  }
  const told = today.day?.steps ?? []
  return (
    <Card
      title={`${plan.elderName} · ${plan.unitLabel}`}
      className={`care-duty care-duty--${status}${focused ? ' care-duty--focus' : ''}`}
      extra={<Text className={`care-tag care-tag--${status}`}>{STATUS_LABEL[status]}</Text>}
    >
      <Text className="care__meta">
        报平安时段 {plan.windowStart}–{plan.windowEnd} · 结对邻居 {plan.neighbourName}
      </Text>
      {told.length > 0 ? (
        <Text className="care__meta">已通知：{told.map((s) => STEP_LABEL[s]).join(' → ')}</Text>
      ) : null}
      {today.next && open ? (
        <Text className="muted care__meta">
          下一步 {dateTimeText(today.next.dueAt)} 通知{STEP_LABEL[today.next.step]}
        </Text>
      ) : null}
      <View className="care-duty__actions">
        {today.elderPhone ? (
          <Button className="care-call" size="large" block onClick={() => callPhone(today.elderPhone ?? '')}>
            打电话给{plan.elderName}
          </Button>
        ) : null}
        {status === 'alarm' ? (
          <Button className="care-call-family" size="large" block onClick={() => callPhone(plan.familyPhone)}>
            打电话给{plan.familyName}
          </Button>
        ) : null}
        {today.as === 'neighbour' && (status === 'waiting' || status === 'missed') ? (
          <Button className="care-confirm" type="primary" block loading={save.busy} onClick={() => void confirm()}>
            我看到了，老人平安
          </Button>
        ) : null}
      </View>
      {status === 'alarm' && today.as !== 'elder' ? (
        <View className="care-close">
          <ChoiceChips<Close>
            options={CLOSE_CHOICES}
            value={outcome}
            onChange={setOutcome}
            chipClassName="care-outcome"
          />
          <Field label="情况说明">
            <TextArea
              className="care-reason"
              value={reason}
              onChange={setReason}
              placeholder="如：已上门，老人在家午睡"
            />
          </Field>
          <Button className="care-close-submit" type="primary" block loading={save.busy} onClick={() => void close()}>
            处理完毕
          </Button>
        </View>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="care-log-toggle" size="large" block onClick={() => setShowLog((v) => !v)}>
        {showLog ? '收起记录' : '看记录'}
      </Button>
      {showLog ? <CareLogList compoundId={plan.compoundId} elderId={plan.elderId} /> : null}
    </Card>
  )
}
