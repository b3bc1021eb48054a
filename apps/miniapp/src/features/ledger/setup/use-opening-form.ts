import { useState } from 'react'
import { yuanText } from '@jiayuan/domain'
import { messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { postOpeningBalance } from '../api'
import { planOpeningLegs } from './opening-legs'

/**
 * 期初余额: the books' first entry, entered once when the compound goes live (F2, F10). The person confirms the
 * figures before they are posted; the API refuses a second time (LedgerNotEmpty) and its message is shown as it is.
 */
export function useOpeningForm(compoundId: string, onPosted: () => void) {
  const [amounts, setAmounts] = useState<Record<string, string>>({})
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ amounts?: string; reason?: string }>({})
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const plan = planOpeningLegs(amounts)

  async function submit(): Promise<void> {
    if (busy) return
    const next: typeof errors = {}
    if (plan.invalid.length > 0) next.amounts = '金额须是不小于 0 的数字（元），如 600000 或 1280.50'
    else if (!plan.legs.some((l) => l.account === 'asset:bank')) next.amounts = '请填写银行存款余额'
    if (reason.trim() === '') next.reason = '请写明依据，如“接管时银行对账单余额”'
    setErrors(next)
    if (next.amounts || next.reason) return
    const ok = await confirm(
      '确认登记期初余额',
      `银行存款 ${yuanText(plan.legs[0]?.amountFen ?? 0)}，历年结余 ${yuanText(plan.retainedFen)}。期初余额只能登记一次，登记后不能修改，差错只能冲正。`,
    )
    if (!ok) return
    setBusy(true)
    setError(undefined)
    try {
      await postOpeningBalance(compoundId, { legs: plan.legs, memo: reason.trim() })
      onPosted()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    amounts,
    setAmount: (account: string, text: string) => setAmounts((a) => ({ ...a, [account]: text })),
    reason,
    setReason,
    plan,
    errors,
    error,
    busy,
    submit: () => void submit(),
  }
}
