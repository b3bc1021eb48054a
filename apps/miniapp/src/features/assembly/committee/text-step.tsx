import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { confirm } from '../../../lib/feedback'
import { useAction } from '../shared/use-action'

interface Props {
  title: string
  hint: string
  field: string
  initial?: string
  placeholder?: string
  label: string
  className: string
  /** Asked before an irreversible step runs (DOMAIN T10); absent for one that can be repeated. */
  sure?: { title: string; content: string }
  /** Returns how to send the request, or a sentence saying what is wrong with the text. */
  act(text: string): (() => Promise<unknown>) | string
  onDone(): void
}

/** A step that takes one line of text: extend (new end), preliminary (objection days), final (note). */
export function TextStep({
  title,
  hint,
  field,
  initial = '',
  placeholder,
  label,
  className,
  sure,
  act,
  onDone,
}: Props) {
  const [text, setText] = useState(initial)
  const action = useAction()
  async function submit(): Promise<void> {
    const request = act(text)
    if (typeof request === 'string') return action.fail(request)
    if (sure && !(await confirm(sure.title, sure.content))) return
    if (await action.run(request, '已完成')) onDone()
  }
  return (
    <Card title={title} className={`${className}-card`}>
      <Text className="muted">{hint}</Text>
      <Field label={field}>
        <Input
          className={`${className}-input`}
          value={text}
          {...(placeholder ? { placeholder } : {})}
          onChange={(v: string) => setText(v)}
        />
      </Field>
      {action.message ? <ErrorNote message={action.message} /> : null}
      <Button
        className={className}
        type="primary"
        size="large"
        block
        loading={action.busy}
        onClick={() => void submit()}
      >
        {label}
      </Button>
    </Card>
  )
}
