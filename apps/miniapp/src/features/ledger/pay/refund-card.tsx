import type { PayOrderView } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { approveRefund, requestRefund } from '../api'

const STATE = { requested: '待业委会批准', sent: '已批准，等待微信支付退回', done: '已退回，账本已冲销' } as const

interface Props {
  compoundId: string
  order: PayOrderView
  canRequest: boolean
  canApprove: boolean
  onChange(order: PayOrderView): void
}

/**
 * A paid order's refund (F12): the property staff ask with a reason, a committee member approves (F3), WeChat
 * Pay returns the money, and its notification reverses the payments on the ledger (F10).
 */
export function RefundCard({ compoundId, order, canRequest, canApprove, onChange }: Props) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const refund = order.refund
  const run = async (step: () => Promise<PayOrderView>) => {
    setBusy(true)
    setError(undefined)
    try {
      onChange(await step())
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  if (order.state !== 'paid' || (!refund && !canRequest)) return null
  return (
    <Card title="退款" className="refund-card">
      {refund ? (
        <>
          <Text className="refund-state">
            {STATE[refund.state]} · {yuanText(refund.refundFen)}
          </Text>
          <Text className="muted">
            原因：{refund.reason}（{dateTimeText(refund.requestedAt)} 申请）
          </Text>
        </>
      ) : (
        <Field label="退款原因">
          <Input className="refund-reason" value={reason} onChange={setReason} placeholder="例如：业主重复缴费" />
        </Field>
      )}
      {error ? <ErrorNote message={error} /> : null}
      {!refund && canRequest ? (
        <Button
          className="refund-request"
          size="large"
          block
          loading={busy}
          onClick={() => void run(() => requestRefund(compoundId, order.orderId, reason))}
        >
          申请全额退款
        </Button>
      ) : null}
      {refund?.state === 'requested' && canApprove ? (
        <Button
          className="refund-approve"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void run(() => approveRefund(compoundId, order.orderId))}
        >
          批准退款（原路退回）
        </Button>
      ) : null}
    </Card>
  )
}
