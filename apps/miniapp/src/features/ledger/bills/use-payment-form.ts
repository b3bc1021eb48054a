import { useState } from 'react'
import { RecordPaymentRequest, type BillView } from '@jiayuan/contracts'
import { shanghaiDate, formatYuan, yuanText } from '@jiayuan/domain'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'
import { recordPayment } from '../api'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { fenFromInput } from '../shared/money'

const FIX = {
  unitId: '请先在上面选一张账单',
  period: '请先在上面选一张账单',
  amountFen: '请填写收款金额（元），如 302.40',
  valueDate: '请选到账日期',
  reference: '流水号只能有字母、数字和 _ . : -',
}
type Field = keyof typeof FIX

/** 登记收款 against one bill; a new idempotency key after each success, so the next payment is its own. */
export function usePaymentForm(compoundId: string) {
  const [idempotencyKey, setKey] = useState(newIdempotencyKey)
  const [bill, setBill] = useState<BillView | undefined>()
  const [amount, setAmount] = useState('')
  const [valueDate, setValueDate] = useState(() => shanghaiDate(new Date().toISOString()))
  const [reference, setReference] = useState('')
  const [errors, setErrors] = useState<FormErrors<Field>>({})
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | undefined>()

  function choose(next: BillView): void {
    setBill(next)
    setAmount(next.outstandingFen > 0 ? formatYuan(next.outstandingFen) : '')
    setErrors({})
    setError(undefined)
    setDone(undefined)
  }

  async function submit(onRecorded: () => void): Promise<void> {
    if (busy) return
    const body = {
      unitId: bill?.unitId,
      period: bill?.period,
      amountFen: fenFromInput(amount),
      ...(valueDate.trim() ? { valueDate: valueDate.trim() } : {}),
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      evidence: [],
      idempotencyKey,
    }
    const parsed = RecordPaymentRequest.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setBusy(true)
    setError(undefined)
    try {
      const res = await recordPayment({ compoundId }, parsed.data)
      setBill(res.bill)
      setDone(
        `已登记 ${yuanText(parsed.data.amountFen)}：${res.bill.unitLabel} ${res.bill.period} 账单${res.bill.status === 'paid' ? '已缴清' : `还差 ${yuanText(res.bill.outstandingFen)}`}`,
      )
      setKey(newIdempotencyKey())
      onRecorded()
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    bill,
    choose,
    amount,
    setAmount,
    valueDate,
    setValueDate,
    reference,
    setReference,
    errors,
    error,
    busy,
    done,
    submit,
  }
}
