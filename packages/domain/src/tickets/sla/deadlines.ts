import type { SlaPause, SlaRule, Ticket } from '@jiayuan/contracts'
import { addClockMs, clockMsBetween, type SlaClock } from './clock'
import { MINUTE_MS } from '../../time'

/** A finished stretch of waiting on the resident. */
export interface PauseSpan {
  startedAt: string
  endedAt: string
}

export interface SlaDeadlines {
  respondBy: string
  onSiteBy: string
  resolveBy: string
}

/** The ticket's pauses as finished spans; one still open counts as lasting until `now`. */
export function pauseSpans(pauses: readonly SlaPause[], now: Date): PauseSpan[] {
  const nowIso = now.toISOString()
  return pauses
    .filter((pause) => Date.parse(pause.startedAt) < now.getTime())
    .map((pause) => {
      const { endedAt } = pause
      const ended = endedAt !== undefined && Date.parse(endedAt) <= now.getTime()
      return { startedAt: pause.startedAt, endedAt: ended ? endedAt : nowIso }
    })
}

/**
 * Deadlines run from submission on the rule's clock (DOMAIN T1). The clock stands still while waiting on the
 * resident, so each pause that begins before a deadline pushes it back by the pause's length measured on the
 * same clock (a weekend inside a pause adds nothing on the working clock).
 */
export function deadlines(
  ticket: Pick<Ticket, 'submittedAt'>,
  rule: SlaRule,
  pauses: readonly PauseSpan[],
): SlaDeadlines {
  const start = Date.parse(ticket.submittedAt)
  const spans = mergeSpans(pauses)
  const due = (minutes: number) => new Date(dueMs(rule.clock, start, minutes, spans)).toISOString()
  return { respondBy: due(rule.respondMinutes), onSiteBy: due(rule.onSiteMinutes), resolveBy: due(rule.resolveMinutes) }
}

/**
 * The same deadline as `deadlines`, as epoch milliseconds, for one milestone: a list that orders a whole backlog
 * (slaUrgency) asks only for the milestones not yet reached, without the ISO strings the app shows.
 */
export function dueMs(clock: SlaClock, startMs: number, minutes: number, spans: readonly MsSpan[]): number {
  return extend(clock, startMs, minutes * MINUTE_MS, spans)
}

/** Pause spans as sorted, non-overlapping [start, end] epoch-millisecond pairs (what `dueMs` takes). */
export function pauseMs(pauses: readonly SlaPause[], now: Date): MsSpan[] {
  return pauses.length === 0 ? [] : mergeSpans(pauseSpans(pauses, now))
}

/** A stretch of time as [start, end] epoch milliseconds. */
export type MsSpan = [number, number]

function extend(clock: SlaClock, start: number, durationMs: number, spans: readonly MsSpan[]): number {
  let due = addClockMs(clock, start, durationMs)
  for (const [pauseStart, pauseEnd] of spans) {
    const from = Math.max(pauseStart, start)
    // Spans are sorted: once one starts at or after the deadline, none of the rest can move it.
    if (from >= due) break
    // Pushing by the whole pause is right even when it straddles the deadline: the clock-time still owed
    // after the pause equals the clock-time between the pause's start and the old deadline.
    due = addClockMs(clock, due, clockMsBetween(clock, from, pauseEnd))
  }
  return due
}

/** Sorted, non-overlapping spans, so an overlap in stored data cannot count the same minutes twice. */
function mergeSpans(pauses: readonly PauseSpan[]): MsSpan[] {
  const spans = pauses
    .map((pause): MsSpan => [Date.parse(pause.startedAt), Date.parse(pause.endedAt)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0])
  const merged: MsSpan[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}
