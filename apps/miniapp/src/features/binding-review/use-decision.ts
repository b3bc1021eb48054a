import { useState } from 'react'
import type { Binding } from '@jiayuan/contracts'
import { messageOf } from '../../lib/api-error'
import { confirm } from '../../lib/feedback'
import { decide } from './api'

/** One reviewer's decision on one request: approve naming the roll owner, or send back with a reason. */
export function useDecision(compoundId: string, bindingId: string) {
  const [ownerId, setOwnerId] = useState<string | undefined>()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState<'approve' | 'reject' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [fieldError, setFieldError] = useState<{ owner?: string; reason?: string }>({})
  const [result, setResult] = useState<Binding | undefined>()

  async function run(kind: 'approve' | 'reject'): Promise<void> {
    if (kind === 'approve' && !ownerId) return setFieldError({ owner: '通过前请选择名册上对应的业主' })
    if (kind === 'reject' && !reason.trim()) return setFieldError({ reason: '退回时请写明原因，申请人会看到' })
    setFieldError({})
    if (kind === 'approve') {
      const sure = await confirm('通过这份业主认证？', '通过后申请人即以该业主身份参加表决、查看账单和账本。')
      if (!sure) return
    }
    setBusy(kind)
    setError(undefined)
    try {
      const decision =
        kind === 'approve' && ownerId
          ? { decision: 'approve' as const, ownerId }
          : { decision: 'reject' as const, reason: reason.trim() }
      setResult(await decide(compoundId, bindingId, decision))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  return {
    ownerId,
    setOwnerId: (id: string) => {
      setOwnerId(id)
      setFieldError({})
    },
    reason,
    setReason,
    busy,
    error,
    fieldError,
    result,
    approve: () => void run('approve'),
    reject: () => void run('reject'),
  }
}
