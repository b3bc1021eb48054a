import type { Deps } from '../deps'
import { runOutbox } from './outbox'
import { runSlaSweep } from '../tickets/jobs/sla-sweep'
import { runDecisionSweep } from '../governance/decision-sweep'
import { runCareSweep } from '../care/sweep'
import { runRectificationSweep } from '../rectification/sweep'

export interface LocalJobs {
  /** Runs the sweep and the outbox now (after any run under way), so a local journey need not wait for the timer. */
  runNow(): Promise<void>
  stop(): Promise<void>
}

/**
 * The local stand-in for the two scheduled Lambdas: the sweep and the outbox consumer on one timer, one run at
 * a time. Exists only in the local stack; the deployed API has no way to trigger a job.
 */
export function startTicketJobs(deps: Deps, everyMs: number): LocalJobs {
  let running: Promise<void> | undefined
  const runOnce = async () => {
    try {
      await runSlaSweep(deps)
      await runDecisionSweep(deps)
      await runCareSweep(deps)
      await runRectificationSweep(deps)
      await runOutbox(deps)
    } catch (err) {
      deps.log({
        level: 'error',
        message: 'ticket jobs failed',
        error: err instanceof Error ? err.message : String(err),
      })
    }
  }
  const tick = () => {
    if (running) return
    running = runOnce().finally(() => {
      running = undefined
    })
  }
  const timer = setInterval(tick, everyMs)
  timer.unref()
  return {
    async runNow() {
      while (running) await running
      running = runOnce().finally(() => {
        running = undefined
      })
      await running
    },
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
