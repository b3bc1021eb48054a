import { useState } from 'react'
import { View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { errorsFromFailure, type FormErrors } from '../../../lib/form-errors'
import type { TicketDetailState } from './use-ticket-detail'

const FIX = { note: '请填写补充说明' }

/** A note added after the fix (DOMAIN T10): the original stays in the timeline, the requester is told. */
export function AmendForm({ state }: { state: TicketDetailState }) {
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors<keyof typeof FIX>>({})

  async function send(): Promise<void> {
    if (!note.trim()) {
      setErrors({ note: FIX.note })
      return
    }
    setErrors({})
    const ok = await state.act({ type: 'amend', note: note.trim() }, '已补充，报修人会收到通知', (err) =>
      setErrors(errorsFromFailure(err, FIX)),
    )
    if (ok) setNote('')
  }

  return (
    <View className="actions-block amend-form">
      <Field label="补充处理说明" hint="原说明保留在记录里，报修人会收到通知" error={errors.note}>
        <TextArea
          className="amend-note"
          value={note}
          maxLength={500}
          placeholder="如：灯泡为 LED 15W，保修一年"
          onChange={(v: string) => setNote(v)}
        />
      </Field>
      <Button className="ticket-amend" size="large" block loading={state.busy === 'amend'} onClick={() => void send()}>
        补充说明
      </Button>
    </View>
  )
}
