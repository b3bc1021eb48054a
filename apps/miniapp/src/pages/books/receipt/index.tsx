import { canCall, ledger } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { Button } from '../../../components/nut'
import { ReceiptDownload } from '../../../features/ledger/pay/receipt-download'
import { ReceiptView } from '../../../features/ledger/pay/receipt-view'
import { RefundCard } from '../../../features/ledger/pay/refund-card'
import { usePayOrder } from '../../../features/ledger/pay/use-pay-order'
import { replaceBook } from '../../../lib/books-pages'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

/** After paying, and from a payment in 我的账单: the order until WeChat Pay confirms it, then its receipt. */
export default function ReceiptPage() {
  const m = useMembership()
  const order = usePayOrder(m?.compoundId, usePageParams().orderId)
  return (
    <PageShell className="books-receipt">
      {order.loading && !order.data ? <Loading text="正在向微信支付确认…" /> : null}
      {order.error ? <ErrorNote message={order.error} onRetry={order.reload} /> : null}
      {order.gaveUp ? <ErrorNote message="微信支付还没有确认这笔缴费，请稍后刷新。" onRetry={order.reload} /> : null}
      {order.data ? <ReceiptView order={order.data} /> : null}
      {m && order.data?.receipt ? <ReceiptDownload compoundId={m.compoundId} orderId={order.data.orderId} /> : null}
      {m && order.data ? (
        <RefundCard
          compoundId={m.compoundId}
          order={order.data}
          canRequest={canCall(ledger.requestPayRefund, m.roles)}
          canApprove={canCall(ledger.approvePayRefund, m.roles)}
          onChange={order.reload}
        />
      ) : null}
      <Button className="receipt-back" size="large" block onClick={() => replaceBook('bills')}>
        回到我的账单
      </Button>
    </PageShell>
  )
}
