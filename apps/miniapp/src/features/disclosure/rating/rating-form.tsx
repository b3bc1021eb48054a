import { useState } from 'react'
import type { EvaluationComponent, EvaluationScores } from '@jiayuan/contracts'
import { EVALUATION_COMPONENT_LABEL, EVALUATION_COMPONENTS } from '@jiayuan/domain'
import { View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { rateService } from '../api'
import { ScoreRow } from './score-row'

interface Props {
  compoundId: string
  quarterLabel: string
  onRated(): void
}

type Draft = Partial<Record<EvaluationComponent, number>>

function complete(draft: Draft): EvaluationScores | undefined {
  const { attitude, repairs, cleaning, security } = draft
  return attitude && repairs && cleaning && security ? { attitude, repairs, cleaning, security } : undefined
}

/** A resident rates the property service once for the quarter: every component, 1–5, and a few words if they like. */
export function RatingForm({ compoundId, quarterLabel, onRated }: Props) {
  const [draft, setDraft] = useState<Draft>({})
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(): Promise<void> {
    const scores = complete(draft)
    if (!scores) {
      const missing = EVALUATION_COMPONENTS.filter((c) => !draft[c]).map((c) => EVALUATION_COMPONENT_LABEL[c])
      return setError(`还没打分：${missing.join('、')}`)
    }
    setError(undefined)
    setBusy(true)
    try {
      await rateService(compoundId, { scores, ...(comment.trim() ? { comment: comment.trim() } : {}) })
      onRated()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="rating-form">
      {EVALUATION_COMPONENTS.map((c) => (
        <ScoreRow
          key={c}
          name={c}
          label={EVALUATION_COMPONENT_LABEL[c]}
          value={draft[c]}
          onChange={(score) => setDraft((d) => ({ ...d, [c]: score }))}
        />
      ))}
      <Field label="想说的话（可不填）">
        <TextArea
          className="rating-comment"
          value={comment}
          maxLength={200}
          placeholder="例如：保洁很及时，楼道灯修得慢"
          onChange={(v: string) => setComment(v)}
        />
      </Field>
      {error ? <ErrorNote message={error} /> : null}
      <Button className="rating-submit" type="primary" size="large" block loading={busy} onClick={() => void submit()}>
        提交{quarterLabel}评价
      </Button>
    </View>
  )
}
