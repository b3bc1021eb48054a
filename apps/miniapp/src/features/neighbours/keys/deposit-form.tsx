import { DepositKeyRequest } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useSave } from '../../../hooks/use-save'
import { confirm } from '../../../lib/feedback'
import { depositKey } from '../api'

/** H4: deposit a spare key on stated terms with two or more custodians chosen from the volunteers. */
export function DepositForm({
  compoundId,
  people,
  myId,
  onSaved,
}: {
  compoundId: string
  people: ReadonlyArray<{ userId: string; name: string }>
  myId: string
  onSaved(): void
}) {
  const [label, setLabel] = useState('')
  const [terms, setTerms] = useState('')
  const [custodianIds, setCustodianIds] = useState<string[]>([])
  const save = useSave()
  const options = people.filter((p) => p.userId !== myId).map((p) => ({ value: p.userId, label: p.name }))
  const submit = async () => {
    const checked = DepositKeyRequest.safeParse({ label, terms, custodianIds })
    if (!checked.success) return save.setError(checked.error.issues[0]?.message)
    const names = options.filter((o) => custodianIds.includes(o.value)).map((o) => o.label)
    if (!(await confirm('存放备用钥匙', `保管人：${names.join('、')}。每次取用都要两人到场、拍照并写明原因。`))) return
    const out = await save.run(() => depositKey(compoundId, checked.data), '已存放，保管人会收到通知')
    if (out) {
      setLabel('')
      setTerms('')
      setCustodianIds([])
      onSaved()
    }
  }
  return (
    <Card title="存放备用钥匙" className="nb-form nb-deposit">
      <Field label="哪把钥匙">
        <Input className="nb-key-label" value={label} onChange={setLabel} placeholder="如：1栋1单元101 防盗门" />
      </Field>
      <Field label="取用约定">
        <TextArea
          className="nb-key-terms"
          value={terms}
          onChange={setTerms}
          placeholder="如：只在我不在家且家里有急事时取用，用完当天放回"
        />
      </Field>
      <Field label="保管人（至少两位）" hint="从能人库的志愿者中选">
        {options.length === 0 ? <Text className="muted">能人库里还没有志愿者</Text> : null}
        <ToggleChips
          label="保管人"
          options={options}
          values={custodianIds}
          onChange={setCustodianIds}
          columns={2}
          chipClassName="nb-custodian"
        />
      </Field>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="nb-deposit-submit" type="primary" block loading={save.busy} onClick={() => void submit()}>
        存放钥匙
      </Button>
    </Card>
  )
}
