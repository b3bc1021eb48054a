import { ASK_KIND_LABEL, AskKind, PostAskRequest } from '@jiayuan/contracts'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { newIdempotencyKey } from '../../../lib/ids'
import { postAsk } from '../api'

const KINDS = AskKind.options.map((value) => ({ value, label: ASK_KIND_LABEL[value] }))

/** H2: a resident asks neighbours for help; checked with the same schema the API parses with. */
export function AskForm({ compoundId, onPosted }: { compoundId: string; onPosted(): void }) {
  const [kind, setKind] = useState<AskKind>('errand')
  const [description, setDescription] = useState('')
  const [when, setWhen] = useState('')
  const [key, setKey] = useState(newIdempotencyKey)
  const save = useSave()
  const submit = async () => {
    const body = { kind, description, when, idempotencyKey: key }
    const checked = PostAskRequest.safeParse(body)
    if (!checked.success) return save.setError(checked.error.issues[0]?.message)
    const out = await save.run(() => postAsk(compoundId, checked.data), '已发布，志愿者认领后会通知您')
    if (out) {
      setDescription('')
      setWhen('')
      setKey(newIdempotencyKey())
      onPosted()
    }
  }
  return (
    <Card title="请邻居帮个忙" className="nb-form nb-ask-form">
      <Field label="需要什么帮助">
        <ChoiceChips<AskKind> options={KINDS} value={kind} onChange={setKind} chipClassName="nb-kind" />
      </Field>
      <Field label="具体说明">
        <TextArea
          className="nb-ask-description"
          value={description}
          onChange={setDescription}
          placeholder="如：周三上午陪我去社区医院复查"
        />
      </Field>
      <Field label="希望什么时候">
        <Input className="nb-ask-when" value={when} onChange={setWhen} placeholder="如：周三上午" />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="nb-ask-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
        发布求助
      </Button>
    </Card>
  )
}
