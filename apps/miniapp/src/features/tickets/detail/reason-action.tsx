import { useState } from 'react'
import { View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import './reason-action.scss'

interface Props {
  label: string
  /** Shown above the text box, e.g. "为什么要退回？". */
  question: string
  name: string
  busy?: boolean
  onSubmit(reason: string): Promise<boolean>
}

/** A step that needs a reason (DOMAIN T1, T3, T4, T5): one tap opens the box, a second sends it. */
export function ReasonAction({ label, question, name, busy, onSubmit }: Props) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  if (!open) {
    return (
      <Button className={`${name}-open`} size="large" block onClick={() => setOpen(true)}>
        {label}
      </Button>
    )
  }
  async function send(): Promise<void> {
    if (!reason.trim()) return setError('请填写原因')
    if (await onSubmit(reason.trim())) {
      setOpen(false)
      setReason('')
    }
  }
  return (
    <View className={`reason-action ${name}`}>
      <Field label={question} error={error}>
        <TextArea
          className={`${name}-reason`}
          value={reason}
          maxLength={200}
          placeholder="请写明原因"
          onChange={(v: string) => {
            setReason(v)
            setError(undefined)
          }}
        />
      </Field>
      <View className="reason-action__buttons">
        <Button className={`${name}-send`} type="primary" size="large" loading={busy} onClick={() => void send()}>
          {label}
        </Button>
        <Button size="large" onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  )
}
