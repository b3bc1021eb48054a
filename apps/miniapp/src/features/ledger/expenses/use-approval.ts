import { useState } from 'react'
import type { ExpenseView } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { approveExpense, rejectExpense } from '../api'

/** One committee member's decision on one expense: approve (with a reason when over budget) or reject with a reason. */
export function useApproval(compoundId: string, initial: ExpenseView) {
  const [expense, setExpense] = useState(initial)
  const [reason, setReason] = useState('')
  const [overBudgetReason, setOverBudgetReason] = useState('')
  /** Set once the API said this approval takes a budget line past its annual amount (F7). */
  const [overBudget, setOverBudget] = useState(false)
  const [busy, setBusy] = useState<'approve' | 'reject' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [fieldError, setFieldError] = useState<{ reason?: string; overBudget?: string }>({})

  async function run(kind: 'approve' | 'reject'): Promise<void> {
    if (kind === 'reject' && !reason.trim()) return setFieldError({ reason: '退回时请写明原因，物业和业主会看到' })
    if (kind === 'approve' && overBudget && !overBudgetReason.trim())
      return setFieldError({ overBudget: '超出年度预算，请写明同意的理由' })
    setFieldError({})
    if (kind === 'approve') {
      const sure = await confirm(
        '同意这笔支出？',
        '您的同意会记录在案；审批齐全后，支出记入账本并向全体业主公开，不能撤回。',
      )
      if (!sure) return
    }
    setBusy(kind)
    setError(undefined)
    try {
      setExpense(
        kind === 'approve'
          ? await approveExpense(compoundId, expense.expenseId, overBudget ? overBudgetReason.trim() : undefined)
          : await rejectExpense(compoundId, expense.expenseId, reason.trim()),
      )
    } catch (err) {
      if (err instanceof ApiError && err.code === 'OverBudget') {
        setOverBudget(true)
        setFieldError({ overBudget: err.message })
      } else setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    expense,
    /** The expense as the server answered another call on it (a motion attached). */
    replace: setExpense,
    reason,
    setReason,
    overBudget,
    overBudgetReason,
    setOverBudgetReason,
    busy,
    error,
    fieldError,
    approve: () => void run('approve'),
    reject: () => void run('reject'),
  }
}
