import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useReverseEntry } from './use-reverse-entry'

/** For the property staff and the committee: correct a wrong line by reversing it, with a reason (F10). */
export function ReverseEntryCard({ compoundId, seq }: { compoundId: string; seq: number }) {
  const r = useReverseEntry(compoundId, seq)
  return (
    <Card title="冲销这笔" className="reverse-entry">
      <Text className="muted">
        记错了？账本不能修改或删除，只能记一笔金额相反的冲销分录，两笔互相链接，全体业主可见。支出和物业酬金只有业委会能冲销。
      </Text>
      <Field label="冲销原因" error={r.fieldError} className="field-reverse-reason">
        <TextArea
          className="reverse-reason"
          value={r.reason}
          maxLength={200}
          placeholder="如：重复登记，银行只收到一笔"
          onChange={(v: string) => r.setReason(v)}
        />
      </Field>
      <Button className="reverse-submit" size="large" block loading={r.busy} onClick={r.submit}>
        冲销
      </Button>
      {r.error ? <ErrorNote message={r.error} /> : null}
    </Card>
  )
}
