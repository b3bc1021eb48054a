import type { CpuSplit } from './cpu-split'

/** One load run's result, the same shape for the API (autocannon) and the raw DynamoDB baseline. */
export interface LoadStats {
  calls: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
  /** Answers that were not a success (HTTP non-2xx, or an SDK error). */
  failed: number
  /** Where its requests spent the machine's CPU (cpu-split.ts), per request. */
  cpu?: CpuSplit
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)
  return sortedMs[Math.max(0, i)] ?? 0
}

export function statsOf(latenciesMs: number[], seconds: number, failed: number): LoadStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  return {
    calls: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failed,
  }
}

/** The middle one of several paired measurements, ordered by `share` (the API's req/s over the raw one's). */
export function medianBy<T>(pairs: readonly T[], share: (pair: T) => number): T | undefined {
  const sorted = [...pairs].sort((a, b) => share(a) - share(b))
  return sorted[Math.floor(sorted.length / 2)]
}
