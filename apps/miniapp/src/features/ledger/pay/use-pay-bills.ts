import { useState } from 'react'
import { messageOf } from '../../../lib/api-error'
import { bookUrl, openBook } from '../../../lib/books-pages'
import { openWechatPay } from '../../../lib/wechat-pay'
import { startPaying } from '../api'

/**
 * The owner's choice of bills to pay and the step to WeChat Pay (F12). The amount shown is the sum the page
 * knows; the server sums the bills again and WeChat Pay charges its figure, never this one.
 */
export function usePayBills(compoundId: string) {
  const [selected, setSelected] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const toggle = (billId: string) =>
    setSelected((s) => (s.includes(billId) ? s.filter((id) => id !== billId) : [...s, billId]))
  async function pay() {
    if (selected.length === 0) return setError('请先勾选要缴的账单')
    setBusy(true)
    setError(undefined)
    try {
      const start = await startPaying(compoundId, selected)
      const orderId = start.order.orderId
      const outcome = await openWechatPay(start, bookUrl('receipt', { orderId }))
      if (outcome !== 'left') {
        setSelected([])
        openBook('receipt', { orderId })
      }
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return { selected, toggle, pay, busy, error }
}
