import { useEffect, useRef } from 'react'
import { useRemote } from '../../../hooks/use-remote'
import { loadPayOrder } from '../api'

/** Polls every two seconds while WeChat Pay has not confirmed; at most a minute, then the person refreshes. */
const POLL_MS = 2000
const MAX_POLLS = 30

/** An order as the server knows it; paid only when the server says so (F12), never on the client's word. */
export function usePayOrder(compoundId: string | undefined, orderId: string | undefined) {
  const order = useRemote(
    () => (compoundId && orderId ? loadPayOrder(compoundId, orderId) : undefined),
    [compoundId, orderId],
  )
  const polls = useRef(0)
  // Open: waiting for the payment's confirmation; a refund sent: waiting for WeChat Pay to return the money.
  const open = order.data?.state === 'open' || order.data?.refund?.state === 'sent'
  useEffect(() => {
    if (!open || order.loading || polls.current >= MAX_POLLS) return
    const timer = setTimeout(() => {
      polls.current++
      order.reload()
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [open, order.loading, order.data])
  return { ...order, gaveUp: open && polls.current >= MAX_POLLS }
}
