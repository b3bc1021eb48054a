import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useAction } from '../shared/use-action'

interface Props {
  title: string
  hint: string
  label: string
  className: string
  doneText: string
  act(): Promise<unknown>
  onDone(): void
}

/** A one-tap step of the meeting (open, close): what it does in a sentence, and the API's refusal in words. */
export function StepButton({ title, hint, label, className, doneText, act, onDone }: Props) {
  const action = useAction()
  return (
    <Card title={title} className={`${className}-card`}>
      <Text className="muted">{hint}</Text>
      {action.message ? <ErrorNote message={action.message} /> : null}
      <Button
        className={className}
        type="primary"
        size="large"
        block
        loading={action.busy}
        onClick={() => void action.run(act, doneText).then((ok) => ok && onDone())}
      >
        {label}
      </Button>
    </Card>
  )
}
