import { useState } from 'react'
import type { EscalationAction } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { actOnEscalation } from '../api'

/** The receiver's steps on an escalated ticket (DOMAIN T12); each reloads the ticket, a lost race says so. */
export function useEscalationStep(compoundId: string, ticketId: string, reload: () => void) {
  const [busy, setBusy] = useState<EscalationAction['type'] | undefined>()
  const [error, setError] = useState<string | undefined>()

  async function step(action: EscalationAction, done: string): Promise<boolean> {
    if (busy) return false
    setBusy(action.type)
    setError(undefined)
    try {
      await actOnEscalation(compoundId, ticketId, action)
      toast(done)
      return true
    } catch (err) {
      setError(messageOf(err))
      return false
    } finally {
      setBusy(undefined)
      reload()
    }
  }

  return { step, busy, error }
}
