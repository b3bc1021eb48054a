import { useState } from 'react'
import { messageOf } from '../../../lib/api-error'
import { confirm } from '../../../lib/feedback'
import { replaceBook } from '../../../lib/books-pages'
import { reverseEntry } from '../api'

/**
 * 冲销: a correction is a reversing entry with a reason, never an edit (F10). Once posted, the reversal's own
 * line opens in place of this one, linked back to what it cancels.
 */
export function useReverseEntry(compoundId: string, seq: number) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [fieldError, setFieldError] = useState<string | undefined>()

  async function submit(): Promise<void> {
    if (!reason.trim()) return setFieldError('请写明冲销原因，全体业主会看到')
    setFieldError(undefined)
    const sure = await confirm(
      `冲销第 ${seq} 笔？`,
      '将记一笔金额相反的冲销分录，原分录保留、不可删除；原因向全体业主公开，不能撤回。',
    )
    if (!sure) return
    setBusy(true)
    setError(undefined)
    try {
      const reversal = await reverseEntry(compoundId, seq, reason.trim())
      replaceBook('line', { seq: reversal.seq })
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return { reason, setReason, busy, error, fieldError, submit: () => void submit() }
}
