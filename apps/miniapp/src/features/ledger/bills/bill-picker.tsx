import { useState } from 'react'
import type { BillView } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { yuanText, byZhNumeric } from '@jiayuan/domain'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Input } from '../../../components/nut'
import { Empty } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { BILL_STATUS } from '../shared/labels'

const SHOWN = 20
const WHICH = [
  { value: 'open', label: '未缴清' },
  { value: 'all', label: '全部' },
] as const

interface Props {
  bills: BillView[]
  selected?: string
  onChoose(bill: BillView): void
}

/** Find a unit's bill by its number; unpaid ones first, since those are the ones being paid. */
export function BillPicker({ bills, selected, onChoose }: Props) {
  const [search, setSearch] = useState('')
  const [which, setWhich] = useState<'open' | 'all'>('open')
  const matches = bills
    .filter((b) => (which === 'all' || b.status !== 'paid') && b.unitLabel.includes(search.trim()))
    .sort((a, b) => byZhNumeric(a.unitLabel, b.unitLabel))
  return (
    <>
      <Field label="房号" hint="输入房号的一部分，如 1-1-101" className="field-bill-search">
        <Input className="bill-search" value={search} placeholder="搜索房号" onChange={(v: string) => setSearch(v)} />
      </Field>
      <ChoiceChips
        chipClassName="bill-which-chip"
        columns={2}
        options={WHICH}
        value={which}
        onChange={(v) => setWhich(v === 'all' ? 'all' : 'open')}
      />
      {matches.length === 0 ? <Empty text="没有符合的账单。" /> : null}
      {matches.slice(0, SHOWN).map((b) => {
        const status = BILL_STATUS[b.status]
        return (
          <ListRow
            key={b.billId}
            className={`bill-option${b.billId === selected ? ' bill-option--selected' : ''}`}
            title={`${b.unitLabel}${b.billId === selected ? '（已选）' : ''}`}
            sub={`应缴 ${yuanText(b.amountFen)}，已缴 ${yuanText(b.paidFen)}`}
            extra={<StatusTag tone={status.tone} text={status.text} />}
            onClick={() => onChoose(b)}
          />
        )
      })}
      {matches.length > SHOWN ? (
        <Text className="muted">{`还有 ${matches.length - SHOWN} 张，请输入房号缩小范围`}</Text>
      ) : null}
    </>
  )
}
