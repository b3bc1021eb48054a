import type { Decision, DecisionProgressRequest } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { confirm } from '../../lib/feedback'
import { pickImage } from '../../lib/media'
import { uploadImage } from '../../lib/upload'
import { reportProgress } from './api'
import { useSave } from '../../hooks/use-save'

const STEPS = [
  { value: 'in_progress', label: '推进中' },
  { value: 'done', label: '已办结' },
  { value: 'dropped', label: '撤销' },
] as const

/** The owner reports progress: a note, and for 已办结 at least one photo from the scene (G3). */
export function ProgressForm({
  compoundId,
  decision,
  onSaved,
}: {
  compoundId: string
  decision: Decision
  onSaved(): void
}) {
  const [status, setStatus] = useState<DecisionProgressRequest['status']>('in_progress')
  const [text, setText] = useState('')
  const [photoKeys, setPhotoKeys] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const save = useSave()
  const addPhoto = async () => {
    const photo = await pickImage('album')
    if (!photo) return
    setUploading(true)
    try {
      const key = await uploadImage(compoundId, 'attachment', photo)
      setPhotoKeys((keys) => [...keys, key])
    } catch (err) {
      save.setError(messageOf(err))
    } finally {
      setUploading(false)
    }
  }
  const submit = async () => {
    if (
      status !== 'in_progress' &&
      !(await confirm(status === 'done' ? '标记为已办结' : '撤销这项决定', '提交后不能再改。'))
    )
      return
    const out = await save.run(
      () =>
        reportProgress(compoundId, decision.decisionId, { status, text, photoKeys, expectedVersion: decision.version }),
      '已更新',
    )
    if (out) onSaved()
  }
  return (
    <View className="gov-form gov-progress-form">
      <ChoiceChips<DecisionProgressRequest['status']>
        options={STEPS}
        value={status}
        onChange={setStatus}
        chipClassName="gov-step"
      />
      <Field label={status === 'dropped' ? '撤销原因' : '进展'}>
        <TextArea className="gov-progress-text" value={text} onChange={setText} placeholder="做了什么、还差什么" />
      </Field>
      <Button className="gov-photo-add" block loading={uploading} onClick={() => void addPhoto()}>
        添加现场照片{photoKeys.length ? `（已添加 ${photoKeys.length} 张）` : ''}
      </Button>
      {status === 'done' ? <Text className="muted">办结需要至少一张现场照片。</Text> : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="gov-progress-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
        提交进展
      </Button>
    </View>
  )
}
