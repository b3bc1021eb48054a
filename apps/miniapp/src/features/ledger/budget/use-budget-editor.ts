import { useState } from 'react'
import { ExpenseCategory, PutBudgetRequest, type BudgetView } from '@jiayuan/contracts'
import { formatYuan, parseYuan } from '@jiayuan/domain'
import { messageOf } from '../../../lib/api-error'
import { proposeBudget } from '../api'

type Amounts = Partial<Record<ExpenseCategory, string>>

/** Starts from the proposal if there is one, else from the lines in effect. */
function amountsOf(budget: BudgetView): Amounts {
  const out: Amounts = {}
  for (const l of budget.proposal?.lines ?? budget.lines) out[l.category] = formatYuan(l.annualFen)
  return out
}

/**
 * 编制预算 (F7, F8): an annual amount per statutory heading E1–E11, with the reason. Saved as a draft (草案) or
 * submitted for a second committee member's approval; until then the lines in effect do not change.
 */
export function useBudgetEditor(compoundId: string, budget: BudgetView, onSaved: (view: BudgetView) => void) {
  const [amounts, setAmounts] = useState<Amounts>(() => amountsOf(budget))
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ lines?: string; reason?: string }>({})
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState<'draft' | 'submit' | undefined>()

  const lines = ExpenseCategory.options.flatMap((category) => {
    const text = amounts[category]?.trim() ?? ''
    if (text === '') return []
    return [{ category, annualFen: parseYuan(text) ?? -1 }]
  })

  async function save(submit: boolean): Promise<void> {
    if (busy) return
    const bad = lines.find((l) => l.annualFen < 0)
    const next: typeof errors = {}
    if (bad) next.lines = `${bad.category} 的金额须是不小于 0 的数字（元）`
    else if (lines.length === 0) next.lines = '请至少填写一个科目的全年预算'
    if (reason.trim() === '') next.reason = '请写明依据，如“业主大会通过的年度预算”'
    setErrors(next)
    if (next.lines || next.reason) return
    const parsed = PutBudgetRequest.safeParse({ lines, reason: reason.trim(), submit })
    if (!parsed.success) return setErrors({ lines: parsed.error.issues[0]?.message ?? '请核对金额' })
    setBusy(submit ? 'submit' : 'draft')
    setError(undefined)
    try {
      onSaved(await proposeBudget(compoundId, budget.year, parsed.data))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    amounts,
    setAmount: (category: ExpenseCategory, text: string) => setAmounts((a) => ({ ...a, [category]: text })),
    totalFen: lines.reduce((sum, l) => sum + Math.max(0, l.annualFen), 0),
    reason,
    setReason,
    errors,
    error,
    busy,
    saveDraft: () => void save(false),
    submit: () => void save(true),
  }
}
