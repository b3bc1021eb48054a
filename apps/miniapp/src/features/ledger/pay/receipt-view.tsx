import type { PayOrderView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { StatusTag } from '../../../components/status-tag'
import { openBook } from '../../../lib/books-pages'
import './pay.scss'

const STATE = {
  open: { text: '等待微信支付确认', tone: 'wait' },
  paid: { text: '已缴', tone: 'ok' },
  closed: { text: '已关闭，未扣款', tone: 'bad' },
  expired: { text: '已过期，未扣款', tone: 'bad' },
} as const

/**
 * The electronic receipt (电子收据) of a paid order (F12): who paid (masked), which bills, how much, when, and
 * the ledger entries it made, each with its number and hash, so anyone can find and check it on the chain.
 */
export function ReceiptView({ order }: { order: PayOrderView }) {
  const r = order.receipt
  const state = order.refund?.state === 'done' ? ({ text: '已全额退款', tone: 'plain' } as const) : STATE[order.state]
  return (
    <Card
      title={r ? '电子收据' : '缴费订单'}
      extra={<StatusTag className="pay-state" tone={state.tone} text={state.text} />}
      className="receipt"
    >
      <View className="receipt__total">{yuanText(r?.totalFen ?? order.totalFen)}</View>
      <View className="receipt__what muted">{r ? '物业服务费 · 已付入业主共有资金账户' : '物业服务费'}</View>
      <ListRow title="收据编号" extra={order.orderId} />
      {r ? <ListRow title="缴费人" extra={r.payer} /> : null}
      {order.bills.map((b) => (
        <ListRow
          key={b.billId}
          className="receipt-bill"
          title={`${b.unitLabel} ${b.period} 物业费`}
          extra={yuanText(b.amountFen)}
        />
      ))}
      {r ? (
        <View>
          <ListRow title="支付时间" sub="北京时间" extra={dateTimeText(r.paidAt)} />
          <ListRow title="微信支付单号" sub={r.transactionId} />
          <ListRow title="收款账户" extra="业主共有资金账户" />
          {r.entries.map((e) => (
            <ListRow
              key={e.seq}
              className="receipt-entry"
              title={`账本第 ${e.seq} 笔`}
              sub={<Text className="receipt__hash">哈希 {e.hash}</Text>}
              extra="查看"
              onClick={() => openBook('line', { seq: e.seq })}
            />
          ))}
          {r.surplusFen > 0 ? (
            <Text className="muted">其中 {yuanText(r.surplusFen)} 的账单已由其他方式缴清，这部分将原路退回。</Text>
          ) : null}
        </View>
      ) : (
        <Text className="muted">
          {order.state === 'open'
            ? '正在向微信支付确认，到账后自动生成收据。'
            : '这笔订单没有扣款。需要时请回到我的账单重新缴费。'}
        </Text>
      )}
    </Card>
  )
}
