/**
 * Work that runs on a clock rather than on a request (DESIGN.md: SLA sweep, report drafting).
 *
 * Extension point: when a job's entry file exists in apps/api/src/lambda, add it here, e.g.
 *   { id: 'SlaSweep', entry: 'sla-sweep.ts', schedule: 'rate(5 minutes)' }
 * The schedule stack is created only once this list is non-empty, so nothing points at code that does not exist.
 */
export interface ScheduledJob {
  /** PascalCase; names the function and its rule. */
  id: string
  /** File in the Lambda entry folder that exports `handler`. */
  entry: string
  /** An EventBridge expression: `rate(...)` or `cron(...)`, in UTC. */
  schedule: string
}

export const scheduledJobs: readonly ScheduledJob[] = [
  { id: 'SlaSweep', entry: 'sla-sweep.ts', schedule: 'rate(5 minutes)' },
  { id: 'TicketOutbox', entry: 'outbox.ts', schedule: 'rate(1 minute)' },
  { id: 'LedgerCheckpoint', entry: 'ledger-checkpoint.ts', schedule: 'cron(0 18 * * ? *)' },
  // 04:00 Beijing on the 1st (20:00 UTC on the last day), two hours after the ledger job closed the month.
  { id: 'ReportDraft', entry: 'report-draft.ts', schedule: 'cron(0 20 L * ? *)' },
]
