import { useState } from 'react'
import { dateTimeText } from '@jiayuan/domain'
import { ApiError, messageOf } from '../../../lib/api-error'

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

  // The API says times in Beijing time; any UTC ISO time left in a sentence is shown the same way.
  const raw = error === undefined ? undefined : typeof error === 'string' ? error : error.message
  const message = raw?.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (iso) => dateTimeText(iso))
  const details =
    error instanceof ApiError && typeof error.details === 'object' && error.details !== null
      ? (error.details as Record<string, unknown>)
      : {}
  return { busy, message, details, done, run, fail: (text: string) => setError(text) }
}
