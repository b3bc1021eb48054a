import type { ResponseOf, ledger } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText, yuanText, areaText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadMyBills } from '../api'
import { BILL_STATUS, ROUNDING_RULE } from '../shared/labels'

type UnitBills = ResponseOf<typeof ledger.myBills>['units'][number]

function UnitCard({ unit }: { unit: UnitBills }) {
  const bills = [...unit.bills].sort((a, b) => b.period.localeCompare(a.period))
  const payments = [...unit.payments].sort((a, b) => b.seq - a.seq)
  return (
    <Card title={unit.unitLabel} extra={`账本编号 ${unit.ledgerRef.slice(0, 8)}`} className="my-bill-unit">
      {bills.length === 0 ? <Empty text="还没有账单。" /> : null}
      {bills.map((b) => {
        const status = BILL_STATUS[b.status]
        return (
          <ListRow
            key={b.billId}
            className={`my-bill my-bill--${b.status}`}
            title={`${b.period} 物业费 ${yuanText(b.amountFen)}`}
            sub={`${areaText(b.areaCentiSqm)} × ${yuanText(b.ratePerSqmFen)}/㎡·月 × ${b.months} 个月${b.outstandingFen > 0 ? `，待缴 ${yuanText(b.outstandingFen)}` : ''}`}
            extra={<StatusTag className="bill-status" tone={status.tone} text={status.text} />}
          />
        )
      })}
      <View className="my-payments">
        <Text className="field__label">缴费记录</Text>
        {payments.length === 0 ? <Empty text="还没有缴费记录。" /> : null}
        {payments.map((p) => (
          <ListRow
            key={p.seq}
            className="my-payment"
            title={`${p.kind === 'reversal' ? '退回 ' : ''}${yuanText(p.amountFen)}`}
            sub={`${dateText(p.valueDate ?? p.postedAt)}${p.reference ? ` · 流水号 ${p.reference}` : ''} · 第 ${p.seq} 笔`}
          />
        ))}
      </View>
    </Card>
  )
}

/** The owner's own units: each bill with its paid status, the payments, and how the fee was rounded (F9). */
export function MyBills({ compoundId }: { compoundId: string }) {
  const units = useRemote(() => loadMyBills(compoundId), [compoundId])
  useReloadOnShow(units.reload)
  return (
    <View className="my-bills">
      {units.loading && !units.data ? <Loading /> : null}
      {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
      {units.data?.length === 0 ? <Empty text="您名下还没有房屋。" /> : null}
      {(units.data ?? []).map((u) => (
        <UnitCard key={u.unitId} unit={u} />
      ))}
      <Card title="计费规则" className="rounding-rule">
        <Text className="muted">{ROUNDING_RULE}</Text>
      </Card>
    </View>
  )
}
