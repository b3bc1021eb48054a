import { useState } from 'react'
import { RecordPublicIncomeRequest, type PublicIncomeCategory } from '@jiayuan/contracts'
import { shanghaiDate, yuanText } from '@jiayuan/domain'
import type { z } from 'zod'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'
import { recordPublicIncome } from '../api'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { fenFromInput } from '../shared/money'

const FIX = {
  category: '请选择收益来源',
  amountFen: '请填写金额（元），如 6800',
  counterparty: '请填写付款单位全称（2–80 个字）',
  memo: '说明最多 200 个字',
  valueDate: '请选到账日期',
  reference: '流水号最多 64 个字',
}
type Field = keyof typeof FIX
type Category = z.infer<typeof PublicIncomeCategory>

export interface PublicIncomeDraft {
  category?: Category
  amount: string
  counterparty: string
  memo: string
  valueDate: string
}

/** 登记公共收益 (F6): parking, advertising, venue rental, lockers and chargers. */
export function usePublicIncomeForm(compoundId: string) {
  const [idempotencyKey, setKey] = useState(newIdempotencyKey)
  const [draft, setDraft] = useState<PublicIncomeDraft>(() => ({
    amount: '',
    counterparty: '',
    memo: '',
    valueDate: shanghaiDate(new Date().toISOString()),
  }))
  const [errors, setErrors] = useState<FormErrors<Field>>({})
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(): Promise<void> {
    if (busy) return
    const parsed = RecordPublicIncomeRequest.safeParse({
      category: draft.category,
      amountFen: fenFromInput(draft.amount),
      counterparty: draft.counterparty.trim(),
      memo: draft.memo.trim(),
      ...(draft.valueDate.trim() ? { valueDate: draft.valueDate.trim() } : {}),
      evidence: [],
      idempotencyKey,
    })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setError(undefined)
    setBusy(true)
    try {
      const entry = await recordPublicIncome({ compoundId }, parsed.data)
      setDone(`已记入账本第 ${entry.seq} 笔：${yuanText(parsed.data.amountFen)}`)
      setDraft((d) => ({ ...d, amount: '', memo: '' }))
      setKey(newIdempotencyKey())
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    draft,
    update: (p: Partial<PublicIncomeDraft>) => setDraft((d) => ({ ...d, ...p })),
    errors,
    error,
    done,
    busy,
    submit: () => void submit(),
  }
}
