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
import { openBook } from '../../../lib/books-pages'
import { isAppOrder } from '../pay/app-order'
import { PayBar } from '../pay/pay-bar'
import { usePayBills } from '../pay/use-pay-bills'
import '../pay/pay.scss'

type UnitBills = ResponseOf<typeof ledger.myBills>['units'][number]

interface Choosing {
  selected: readonly string[]
  toggle(billId: string): void
}

function UnitCard({ unit, choosing }: { unit: UnitBills; choosing?: Choosing }) {
  const bills = [...unit.bills].sort((a, b) => b.period.localeCompare(a.period))
  const payments = [...unit.payments].sort((a, b) => b.seq - a.seq)
  return (
    <Card title={unit.unitLabel} extra={`账本编号 ${unit.ledgerRef.slice(0, 8)}`} className="my-bill-unit">
      {bills.length === 0 ? <Empty text="还没有账单。" /> : null}
      {bills.map((b) => {
        const status = BILL_STATUS[b.status]
        const payable = choosing !== undefined && b.outstandingFen > 0
        const on = payable && choosing.selected.includes(b.billId)
        return (
          <ListRow
            key={b.billId}
            className={`my-bill my-bill--${b.status}${on ? ' my-bill--chosen' : ''}`}
            {...(payable ? { onClick: () => choosing.toggle(b.billId) } : {})}
            title={`${b.period} 物业费 ${yuanText(b.amountFen)}`}
            sub={`${areaText(b.areaCentiSqm)} × ${yuanText(b.ratePerSqmFen)}/㎡·月 × ${b.months} 个月${b.outstandingFen > 0 ? `，待缴 ${yuanText(b.outstandingFen)}` : ''}`}
            extra={
              <View className="my-bill__extra">
                <StatusTag className="bill-status" tone={status.tone} text={status.text} />
                {payable ? <Text className={`bill-check${on ? ' bill-check--on' : ''}`}>{on ? '✓' : ''}</Text> : null}
              </View>
            }
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
            sub={`${dateText(p.valueDate ?? p.postedAt)}${p.reference ? ` · ${isAppOrder(p.reference) ? '微信缴费' : '流水号'} ${p.reference}` : ''} · 第 ${p.seq} 笔`}
            {...(isAppOrder(p.reference)
              ? { extra: '电子收据', onClick: () => openBook('receipt', { orderId: p.reference ?? '' }) }
              : {})}
          />
        ))}
      </View>
    </Card>
  )
}

/**
 * The owner's own units: each bill with its paid status, the payments, and how the fee was rounded (F9); an
 * owner ticks unpaid bills and pays them with WeChat Pay (F12).
 */
export function MyBills({ compoundId, canPay }: { compoundId: string; canPay: boolean }) {
  const units = useRemote(() => loadMyBills(compoundId), [compoundId])
  useReloadOnShow(units.reload)
  const paying = usePayBills(compoundId)
  const chosen = (units.data ?? []).flatMap((u) => u.bills).filter((b) => paying.selected.includes(b.billId))
  return (
    <View className="my-bills">
      {units.loading && !units.data ? <Loading /> : null}
      {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
      {units.data?.length === 0 ? <Empty text="您名下还没有房屋。" /> : null}
      {(units.data ?? []).map((u) => (
        <UnitCard key={u.unitId} unit={u} {...(canPay ? { choosing: paying } : {})} />
      ))}
      {canPay && units.data?.some((u) => u.bills.some((b) => b.outstandingFen > 0)) ? (
        <PayBar
          count={chosen.length}
          totalFen={chosen.reduce((sum, b) => sum + b.outstandingFen, 0)}
          busy={paying.busy}
          {...(paying.error ? { error: paying.error } : {})}
          onPay={() => void paying.pay()}
        />
      ) : null}
      <Card title="计费规则" className="rounding-rule">
        <Text className="muted">{ROUNDING_RULE}</Text>
      </Card>
    </View>
  )
}
