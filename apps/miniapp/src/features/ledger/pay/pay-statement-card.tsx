import type { PayStatementCheck } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { shanghaiDate, yuanText } from '@jiayuan/domain'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { DateField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { checkPayStatement } from '../api'

const PROBLEM: Record<PayStatementCheck['flagged'][number]['problem'], string> = {
  unknown_order: '账本里没有这笔订单',
  not_in_books: '微信已收款，账本未入账',
  amount_differs: '金额与订单不符',
  refund_not_in_books: '微信已退款，账本未冲销',
  not_in_statement: '账本已入账，对账单里没有',
}

/** 微信支付对账单: the day's trade bill fetched from WeChat Pay and checked against the books (F4, F12). */
export function PayStatementCard({ compoundId }: { compoundId: string }) {
  const [date, setDate] = useState(shanghaiDate(Date.now() - 86_400_000))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [result, setResult] = useState<PayStatementCheck>()
  async function check() {
    setBusy(true)
    setError(undefined)
    try {
      setResult(await checkPayStatement(compoundId, date))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="微信支付对账单" className="pay-statement">
      <Text className="muted">从微信支付取回当天的交易账单，逐笔与账本核对；对不上的会列出。</Text>
      <Field label="对账日期">
        <DateField label="对账日期" value={date} onChange={setDate} />
      </Field>
      {error ? <ErrorNote message={error} /> : null}
      <Button className="pay-statement-check" size="large" block loading={busy} onClick={() => void check()}>
        核对
      </Button>
      {result ? (
        <>
          <ListRow title="账单笔数" extra={`${result.rows} 笔`} />
          <ListRow title="已对上" extra={`${result.matched} 笔`} />
          {result.settled > 0 ? <ListRow title="补记入账（通知未到）" extra={`${result.settled} 笔`} /> : null}
          <ListRow title="对不上" extra={`${result.flagged.length} 笔`} />
          {result.flagged.map((f) => (
            <ListRow
              key={`${f.outTradeNo}-${f.problem}`}
              className="pay-statement-flag"
              title={PROBLEM[f.problem]}
              sub={`${f.outTradeNo} · ${yuanText(f.amountFen)}`}
            />
          ))}
        </>
      ) : null}
    </Card>
  )
}
