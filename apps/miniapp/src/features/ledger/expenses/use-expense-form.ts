import { useState } from 'react'
import { ProposeExpenseRequest, type ExpenseCategory, type ExpenseSource, type ExpenseView } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'
import { proposeExpense } from '../api'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { fenFromInput } from '../shared/money'
import { useReceipts } from './use-receipts'

const FIX = {
  category: '请选择支出科目（E1–E10）',
  amountFen: '请填写金额（元），如 1280 或 1280.50',
  counterparty: '请填写收款单位全称（2–80 个字），不要填个人姓名或电话',
  memo: '请写明用途（1–200 个字）',
  evidence: '请上传发票照片并等它上传完',
}
type Field = keyof typeof FIX

export interface ExpenseDraft {
  /**
   * 运营账户 or 专项维修资金 (F11), whose payout then waits for the charged owners' vote; 众筹项目资金 (F13) when
   * the form was opened from a funded project.
   */
  source: ExpenseSource
  category?: Exclude<ExpenseCategory, 'E11'>
  amount: string
  counterparty: string
  memo: string
}

/** 提交支出: checked with the same schema the API parses (STYLE 3); one idempotency key per form. */
export function useExpenseForm(compoundId: string, projectId?: string) {
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [draft, setDraft] = useState<ExpenseDraft>({
    source: projectId ? 'project' : 'operating',
    amount: '',
    counterparty: '',
    memo: '',
  })
  const [errors, setErrors] = useState<FormErrors<Field>>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<ExpenseView | undefined>()
  const receipts = useReceipts(compoundId)

  function update(patch: Partial<ExpenseDraft>): void {
    setDraft((d) => ({ ...d, ...patch }))
    setFormError(undefined)
  }

  async function submit(): Promise<void> {
    if (submitting) return
    const body = {
      category: draft.category,
      amountFen: fenFromInput(draft.amount),
      counterparty: draft.counterparty.trim(),
      memo: draft.memo.trim(),
      evidence: receipts.evidence,
      ...(draft.source === 'maintenance_fund' ? { source: draft.source } : {}),
      ...(draft.source === 'project' && projectId ? { source: draft.source, projectId } : {}),
      idempotencyKey,
    }
    const parsed = ProposeExpenseRequest.safeParse(body)
    const missingInvoice = !receipts.evidence.some((e) => e.kind === 'invoice')
    const found = {
      ...(parsed.success ? {} : errorsFromZod(parsed.error, FIX)),
      ...(missingInvoice ? { evidence: FIX.evidence } : {}),
    }
    setErrors(found)
    if (!parsed.success || missingInvoice) return setFormError('请按提示改正标红的项目')
    setSubmitting(true)
    try {
      setResult(await proposeExpense({ compoundId }, parsed.data))
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFormError(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  return { draft, update, receipts, errors, formError, submitting, result, submit: () => void submit() }
}
