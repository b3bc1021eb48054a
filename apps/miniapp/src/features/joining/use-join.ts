import { useState } from 'react'
import { messageOf } from '../../lib/api-error'
import { requirePrivacyConsent } from '../../lib/privacy'
import { refresh, switchCompound } from '../../state/session'
import { joinCompound } from './api'
import { pendingJoin } from './pending-join'

/**
 * Joins a compound as a resident (never an owner: DOMAIN V13) once the person agreed to the privacy guide
 * (W3): first on the page, then WeChat's own consent where the platform has one.
 */
export function useJoin(compoundId: string) {
  const [agreed, setAgreed] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [joined, setJoined] = useState(false)

  async function join(): Promise<void> {
    if (busy) return
    if (!agreed) return setError('请先阅读并勾选同意《隐私保护指引》')
    setBusy(true)
    setError(undefined)
    try {
      if (!(await requirePrivacyConsent())) {
        setError('未同意微信隐私授权，无法加入；可再点一次“加入小区”重新授权')
        return
      }
      await joinCompound(compoundId)
      await refresh()
      switchCompound(compoundId)
      pendingJoin.clear()
      setJoined(true)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const toggleAgreed = () => {
    setAgreed((a) => !a)
    setError(undefined)
  }

  return { agreed, toggleAgreed, error, busy, joined, join: () => void join() }
}
