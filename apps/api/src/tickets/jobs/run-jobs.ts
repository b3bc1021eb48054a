import type { Deps } from '../../deps'
import { runOutbox } from './outbox'
import { runSlaSweep } from './sla-sweep'

/**
 * The local stand-in for the two scheduled Lambdas: the sweep and the outbox consumer on one timer, one run at
 * a time. Returns a stop function.
 */
export function startTicketJobs(deps: Deps, everyMs: number): () => Promise<void> {
  let running: Promise<void> | undefined
  const tick = () => {
    if (running) return
    running = (async () => {
      try {
        await runSlaSweep(deps)
        await runOutbox(deps)
      } catch (err) {
        deps.log({ level: 'error', message: 'ticket jobs failed', error: err instanceof Error ? err.message : String(err) })
      } finally {
        running = undefined
      }
    })()
  }
  const timer = setInterval(tick, everyMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
