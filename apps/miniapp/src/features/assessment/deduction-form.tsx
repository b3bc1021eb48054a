import { useState } from 'react'
import type { Deduction } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { pickImage, type ImageSource } from '../../lib/media'
import { uploadEvidence, type EvaluationRef } from './api'
import { pointsX100Of } from './format'

type Kind = 'upload' | 'ticket'

/** The evidence of a deduction or a failed veto item: a photo uploaded now, or a ticket's id. */
export function EvidencePicker({
  evaluation,
  onPicked,
  prefix,
}: {
  evaluation: EvaluationRef
  onPicked(e: Deduction['evidence'] | undefined): void
  prefix: string
}) {
  const [kind, setKind] = useState<Kind>('upload')
  const [state, setState] = useState<string>()
  async function choose(source: ImageSource) {
    const photo = await pickImage(source)
    if (!photo) return
    setState('正在上传…')
    try {
      const key = await uploadEvidence(evaluation, photo)
      onPicked({ kind: 'upload', key })
      setState('照片已上传')
    } catch (err) {
      setState(`上传失败：${messageOf(err)}`)
    }
  }
  return (
    <Field label="依据" hint="每项扣分都要有依据：现场照片，或报修单">
      <ChoiceChips
        options={[
          { value: 'upload', label: '照片' },
          { value: 'ticket', label: '报修单' },
        ]}
        value={kind}
        onChange={(k) => {
          setKind(k)
          onPicked(undefined)
          setState(undefined)
        }}
        columns={2}
        chipClassName={`${prefix}-evidence-kind`}
      />
      {kind === 'upload' ? (
        <View className="photo-buttons">
          <Button className={`${prefix}-photo-camera`} size="large" onClick={() => void choose('camera')}>
            拍照
          </Button>
          <Button className={`${prefix}-photo-album`} size="large" onClick={() => void choose('album')}>
            从相册选
          </Button>
        </View>
      ) : (
        <Input
          className={`${prefix}-ticket-id`}
          placeholder="报修单编号"
          onChange={(v: string) => onPicked(v.trim() ? { kind: 'ticket', ticketId: v.trim() } : undefined)}
        />
      )}
      {state ? <Text className="muted evidence-state">{state}</Text> : null}
    </Field>
  )
}

/** Adds one deduction: how many points, why, and its evidence. */
export function DeductionForm({
  evaluation,
  maxX100,
  onAdd,
}: {
  evaluation: EvaluationRef
  maxX100: number
  onAdd(d: Deduction): void
}) {
  const [points, setPoints] = useState('')
  const [reason, setReason] = useState('')
  const [evidence, setEvidence] = useState<Deduction['evidence']>()
  const [error, setError] = useState<string>()
  const [key, setKey] = useState(0)
  function add() {
    const deductX100 = pointsX100Of(points)
    if (!deductX100) return setError('扣分：请填大于 0 的数，最多两位小数')
    if (deductX100 > maxX100) return setError(`扣分：不能超过该项剩余的 ${maxX100 / 100} 分`)
    if (!reason.trim()) return setError('理由：请写明扣分理由')
    if (!evidence) return setError('依据：请上传照片或填写报修单编号')
    onAdd({ deductX100, reason: reason.trim(), evidence })
    setPoints('')
    setReason('')
    setEvidence(undefined)
    setError(undefined)
    setKey((k) => k + 1)
  }
  return (
    <View className="deduction-form" key={key}>
      <Field label="扣分">
        <Input
          className="deduction-points"
          type="digit"
          value={points}
          placeholder="如 1 或 0.5"
          onChange={setPoints}
        />
      </Field>
      <Field label="理由">
        <TextArea
          className="deduction-reason"
          value={reason}
          maxLength={200}
          placeholder="看到了什么问题"
          onChange={setReason}
        />
      </Field>
      <EvidencePicker evaluation={evaluation} onPicked={setEvidence} prefix="deduction" />
      {error ? <ErrorNote message={error} /> : null}
      <Button className="deduction-add" size="large" block onClick={add}>
        添加这项扣分
      </Button>
    </View>
  )
}
