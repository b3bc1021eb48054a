import { useState } from 'react'
import { dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'
import { fileObjection } from '../api'

/** While the preliminary result is posted, an owner may object in writing (DOMAIN V10). */
export function ObjectionForm({ ids, deadline }: { ids: { compoundId: string; meetingId: string }; deadline: string }) {
  const [key] = useState(newIdempotencyKey)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [filed, setFiled] = useState(false)

  async function submit(): Promise<void> {
    if (!text.trim()) return setError('请写下异议的内容')
    setBusy(true)
    setError(undefined)
    try {
      await fileObjection(ids, { text: text.trim(), idempotencyKey: key })
      setFiled(true)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (filed)
    return (
      <Card title="异议已提交">
        <Text className="muted">业委会公布最终结果时须说明处理情况。</Text>
      </Card>
    )
  return (
    <Card title="对初步结果提出异议" className="objection-form">
      <Text className="muted">异议期至 {dateTimeText(deadline)}。</Text>
      <Field label="异议内容" error={error}>
        <TextArea
          className="objection-text"
          value={text}
          maxLength={2000}
          placeholder="例如：我的纸质选票没有计入"
          onChange={(v: string) => setText(v)}
        />
      </Field>
      {error && !text ? <ErrorNote message={error} /> : null}
      <Button className="objection-submit" size="large" block loading={busy} onClick={() => void submit()}>
        提交异议
      </Button>
    </Card>
  )
}
