import { useState } from 'react'
import { shiftMonth, monthText, shanghaiMonth, yuanText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { closeMonth } from '../api'
import '../shared/ledger-card.scss'

/** 月结: remuneration (E11), public income into its ledger and the fund top-up, once per finished month. */
export function CloseMonth({ compoundId }: { compoundId: string }) {
  const months = [1, 2, 3].map((k) => shiftMonth(shanghaiMonth(new Date()), -k))
  const [month, setMonth] = useState(months[0] ?? '')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function run(): Promise<void> {
    if (!(await confirm('月结', `确定结账${monthText(month)}？月结后记入物业酬金和维修资金转入，不能撤销。`))) return
    setBusy(true)
    setError(undefined)
    try {
      const r = await closeMonth(compoundId, month)
      setResult(
        r.alreadyClosed
          ? `${monthText(r.month)}已经结过账，没有变化。`
          : `${monthText(r.month)}已结账：物业费 ${yuanText(r.feesCollectedFen)}，酬金 ${yuanText(r.remunerationFen)}，公共收益 ${yuanText(r.publicIncomeFen)}，转入维修资金 ${yuanText(r.topUpFen)}。`,
      )
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="月结" className="ledger-card close-month">
      <ChoiceChips
        chipClassName="close-month-chip"
        columns={3}
        options={months.map((m) => ({ value: m, label: monthText(m) }))}
        value={month}
        onChange={setMonth}
      />
      <Button className="close-month-button" size="large" block loading={busy} onClick={() => void run()}>
        {`结账${monthText(month)}`}
      </Button>
      {result ? <Text className="close-month-result">{result}</Text> : null}
      {error ? <ErrorNote message={error} /> : null}
    </Card>
  )
}
