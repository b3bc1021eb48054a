import { useState } from 'react'
import { ApiError, messageOf } from '../../lib/api-error'

/** One committee action: busy while it runs, its error in words (with the API's details kept), done message. */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | string | undefined>()
  const [done, setDone] = useState<string | undefined>()

  async function run(what: () => Promise<unknown>, doneText: string): Promise<boolean> {
    if (busy) return false
    setBusy(true)
    setError(undefined)
    setDone(undefined)
    try {
      await what()
      setDone(doneText)
      return true
    } catch (err) {
      setError(err instanceof ApiError ? err : messageOf(err))
      return false
    } finally {
      setBusy(false)
    }
  }

  const message = error === undefined ? undefined : typeof error === 'string' ? error : error.message
  const details = error instanceof ApiError && typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {}
  return { busy, message, details, done, run, fail: (text: string) => setError(text) }
}
