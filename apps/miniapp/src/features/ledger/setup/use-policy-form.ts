import { useState } from 'react'
import { LedgerPolicy, type LedgerPolicyView } from '@jiayuan/contracts'
import { formatYuan, parseYuan } from '@jiayuan/domain'
import { ApiError, messageOf } from '../../../lib/api-error'
import { savePolicy } from '../api'

export interface PolicyDraft {
  multi: string
  count: string
  assembly: string
  window: string
  /** Blank: public income always tops up the fund. */
  topUp: string
  company: string
  reason: string
}
type Field = keyof PolicyDraft

const draftOf = ({ policy: p }: LedgerPolicyView): PolicyDraft => ({
  multi: formatYuan(p.approval.multiApprovalAboveFen),
  count: String(p.approval.approvalsRequired),
  assembly: formatYuan(p.approval.assemblyAboveFen),
  window: String(p.reconciliationWindowDays),
  topUp: p.fundTopUpWhenBelowFen === null ? '' : formatYuan(p.fundTopUpWhenBelowFen),
  company: p.propertyCompany,
  reason: '',
})

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined)
const yuan = (text: string) => {
  const fen = parseYuan(text)
  return fen !== undefined && fen >= 0 ? fen : undefined
}

/** The draft as the contract's policy, or the first thing wrong with each field in words. */
function parseDraft(d: PolicyDraft): { policy?: LedgerPolicy; errors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {}
  const multi = yuan(d.multi)
  const count = whole(d.count)
  const assembly = yuan(d.assembly)
  const window = whole(d.window)
  const topUp = d.topUp.trim() === '' ? null : yuan(d.topUp)
  if (multi === undefined) errors.multi = '请填写金额（元），如 5000'
  if (count === undefined || count < 1 || count > 9) errors.count = '请填写 1 到 9 之间的人数'
  if (assembly === undefined) errors.assembly = '请填写金额（元），如 50000'
  if (window === undefined || window > 31) errors.window = '请填写 0 到 31 之间的天数'
  if (topUp === undefined) errors.topUp = '请填写金额（元），或留空表示始终转入'
  if (d.company.trim() === '') errors.company = '请填写物业服务企业全称'
  if (d.reason.trim() === '') errors.reason = '请写明修改原因，如“业委会第 3 次会议决定”'
  if (Object.keys(errors).length > 0) return { errors }
  const parsed = LedgerPolicy.safeParse({
    approval: { multiApprovalAboveFen: multi, approvalsRequired: count, assemblyAboveFen: assembly },
    reconciliationWindowDays: window,
    fundTopUpWhenBelowFen: topUp,
    propertyCompany: d.company.trim(),
  })
  if (!parsed.success) return { errors: { assembly: parsed.error.issues[0]?.message ?? '请核对金额' } }
  return { policy: parsed.data, errors }
}

/**
 * 账本规则 (F3, F4, F6, F1): changed with a reason, on the version that was read. When someone else saved first
 * the API answers 409 PolicyChanged; the form says so and offers to load their version.
 */
export function usePolicyForm(compoundId: string, view: LedgerPolicyView, onSaved: (v: LedgerPolicyView) => void) {
  const [draft, setDraft] = useState(() => draftOf(view))
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [error, setError] = useState<string | undefined>()
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)

  async function submit(): Promise<void> {
    if (busy) return
    const { policy, errors: found } = parseDraft(draft)
    setErrors(found)
    if (!policy) return
    setBusy(true)
    setError(undefined)
    try {
      onSaved(await savePolicy(compoundId, { policy, version: view.version, reason: draft.reason.trim() }))
    } catch (err) {
      setStale(err instanceof ApiError && err.status === 409)
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    draft,
    update: (p: Partial<PolicyDraft>) => setDraft((d) => ({ ...d, ...p })),
    errors,
    error,
    stale,
    busy,
    submit: () => void submit(),
  }
}
