import { useState } from 'react'
import { messageOf } from '../lib/api-error'
import { toast } from '../lib/feedback'

/**
 * One submit at a time, with the refusal in words under the form (A3) and a toast on success. An empty `done`
 * shows no toast: where the page itself shows the change, a toast would only cover the buttons.
 */
export function useSave() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  async function run<T>(work: () => Promise<T>, done: string): Promise<T | undefined> {
    if (busy) return undefined
    setBusy(true)
    setError(undefined)
    try {
      const out = await work()
      if (done) toast(done)
      return out
    } catch (err) {
      setError(messageOf(err))
      return undefined
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run, setError }
}
