import { useState } from 'react'
import type { Meeting } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { parseShanghaiDateTime, shanghaiDateTime } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { DateTimeField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { extendWindow } from '../api'
import { plusDays } from './dates'
import { useAction } from '../shared/use-action'

/** DOMAIN V9: an extension moves only the end, with a reason that is logged and shown on the notice. */
export function ExtendForm({ meeting: m, onDone }: { meeting: Meeting; onDone(): void }) {
  const [to, setTo] = useState(m.votingClosesAt ? shanghaiDateTime(plusDays(m.votingClosesAt, 3)) : '')
  const [reason, setReason] = useState('')
  const action = useAction()
  async function submit(): Promise<void> {
    const votingClosesAt = parseShanghaiDateTime(to)
    if (!votingClosesAt) return action.fail('请选好新的截止日期与时间')
    if (!reason.trim()) return action.fail('请写明延长的原因，它会公示给全体业主')
    if (
      await action.run(
        () =>
          extendWindow({ compoundId: m.compoundId, meetingId: m.meetingId }, { votingClosesAt, reason: reason.trim() }),
        '已延长',
      )
    )
      onDone()
  }
  return (
    <Card title="延长投票期" className="extend-form">
      <Text className="muted">只能推后截止时间，总投票期不得超过城市规定的上限。</Text>
      <Field label="新的截止时间">
        <DateTimeField className="extend-to" label="新的截止时间" value={to} onChange={setTo} />
      </Field>
      <Field label="原因">
        <Input
          className="extend-reason"
          value={reason}
          maxLength={200}
          placeholder="如：参与人数未达三分之二"
          onChange={(v: string) => setReason(v)}
        />
      </Field>
      {action.message ? <ErrorNote message={action.message} /> : null}
      <Button className="extend-submit" size="large" block loading={action.busy} onClick={() => void submit()}>
        延长投票期
      </Button>
    </Card>
  )
}
