import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { confirm } from '../../../lib/feedback'
import { useAction } from '../shared/use-action'

interface Props {
  title: string
  hint: string
  label: string
  className: string
  doneText: string
  /** What the step cannot undo, asked before it runs (DOMAIN T10). */
  sure: { title: string; content: string }
  act(): Promise<unknown>
  onDone(): void
}

/**
 * A one-tap step of the meeting (open, close): what it does in a sentence, a confirmation of what cannot be
 * undone, and the API's refusal in words.
 */
export function StepButton({ title, hint, label, className, doneText, sure, act, onDone }: Props) {
  const action = useAction()
  async function tap(): Promise<void> {
    if (!(await confirm(sure.title, sure.content))) return
    if (await action.run(act, doneText)) onDone()
  }
  return (
    <Card title={title} className={`${className}-card`}>
      <Text className="muted">{hint}</Text>
      {action.message ? <ErrorNote message={action.message} /> : null}
      <Button className={className} type="primary" size="large" block loading={action.busy} onClick={() => void tap()}>
        {label}
      </Button>
    </Card>
  )
}
