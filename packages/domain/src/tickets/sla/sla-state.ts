import type { SlaMilestone, SlaRule, Ticket } from '@jiayuan/contracts'
import { deadlines, dueMs, pauseMs, pauseSpans, type SlaDeadlines } from './deadlines'
import { MINUTE_MS } from '../../time'

export type MilestoneState = 'met' | 'breached' | 'pending'

/**
 * The ticket fields its SLA is computed from, and nothing else: a list that reads only some fields of each
 * ticket (网格工单 over a backlog) reads these, and the compiler holds `slaState` to them.
 */
export const SLA_FIELDS = [
  'category',
  'priority',
  'submittedAt',
  'pauses',
  'acceptedAt',
  'escalation',
  'onSiteAt',
  'resolvedAt',
] as const satisfies ReadonlyArray<keyof Ticket>
export type SlaTicket = Pick<Ticket, (typeof SLA_FIELDS)[number]>

export interface SlaState {
  respond: MilestoneState
  onSite: MilestoneState
  resolve: MilestoneState
  /** A milestone not yet reached whose deadline has passed: someone has to act now. */
  overdue: boolean
  /** The milestones that make it overdue, in deadline order of the rule (respond, on site, resolve). */
  overdueMilestones: SlaMilestone[]
  /**
   * Whole minutes (rounded down) from `now` to the deadline of the earliest unreached milestone; negative once
   * it has passed; null when every milestone is reached.
   */
  remainingMinutes: number | null
  deadlines: SlaDeadlines
}

/**
 * Where the ticket stands against its rule at `now`. Lifecycle times after `now` are treated as not yet
 * happened, so the same function answers "as of the end of last month" for the report.
 *
 * What reaches each milestone: respond — acceptance (dispatch or claim), or escalation out of the property's
 * remit, which is also an answer; on site — arriving, or resolving without a visit; resolve — resolving.
 */
export function slaState(ticket: SlaTicket, rule: SlaRule, now: Date): SlaState {
  const due = deadlines(ticket, rule, pauseSpans(ticket.pauses, now))
  const nowMs = now.getTime()
  const at = reachedAt(ticket, nowMs)
  const respond = { at: at.respond, by: Date.parse(due.respondBy) }
  const onSite = { at: at.onSite, by: Date.parse(due.onSiteBy) }
  const resolve = { at: at.resolve, by: Date.parse(due.resolveBy) }
  const milestones = { respond, on_site: onSite, resolve }
  const unreached = [respond, onSite, resolve].filter((milestone) => milestone.at === undefined)
  const nextBy = unreached.length === 0 ? undefined : Math.min(...unreached.map((milestone) => milestone.by))
  const overdueMilestones = (Object.keys(milestones) as SlaMilestone[]).filter((name) => {
    const milestone = milestones[name]
    return milestone.at === undefined && nowMs > milestone.by
  })
  return {
    respond: milestoneState(respond, nowMs),
    onSite: milestoneState(onSite, nowMs),
    resolve: milestoneState(resolve, nowMs),
    overdue: overdueMilestones.length > 0,
    overdueMilestones,
    remainingMinutes: nextBy === undefined ? null : Math.floor((nextBy - nowMs) / MINUTE_MS),
    deadlines: due,
  }
}

/**
 * `overdue` and `remainingMinutes` exactly as `slaState` gives them, computed from the deadlines of the milestones
 * not yet reached only, in epoch milliseconds: 网格工单 orders a grid's whole backlog by them on every read.
 */
export function slaUrgency(
  ticket: SlaTicket,
  rule: SlaRule,
  now: Date,
): Pick<SlaState, 'overdue' | 'remainingMinutes'> {
  return urgencyAt(nextDeadline(ticket, rule, now).nextBy, now)
}

/** The earliest unreached milestone's deadline of a ticket as of one instant, and from when it stays so. */
export interface NextDeadline {
  /** Epoch milliseconds; undefined when every milestone is reached. */
  nextBy: number | undefined
  /**
   * From this instant on (epoch milliseconds), `nextBy` is the same at every later instant: after every time
   * the ticket records (acceptance, escalation, arrival, resolution, each pause's start and end). Undefined
   * while a pause runs (its end, and so the deadline, moves with the clock) and when asked at an instant before
   * the last recorded time (the deadline found is that instant's).
   */
  steadyFrom: number | undefined
}

/** `slaUrgency`'s deadline, for a caller that keeps it while it holds (`steadyFrom`) and asks `urgencyAt`. */
export function nextDeadline(ticket: SlaTicket, rule: SlaRule, now: Date): NextDeadline {
  const nowMs = now.getTime()
  const at = reachedAt(ticket, nowMs)
  const unreached = [
    at.respond === undefined ? rule.respondMinutes : undefined,
    at.onSite === undefined ? rule.onSiteMinutes : undefined,
    at.resolve === undefined ? rule.resolveMinutes : undefined,
  ].filter((minutes): minutes is number => minutes !== undefined)
  // Asked before the ticket's last recorded time, the deadline is that instant's, not the one that holds later.
  const steady = steadyAfter(ticket)
  const steadyFrom = steady !== undefined && nowMs >= steady ? steady : undefined
  if (unreached.length === 0) return { nextBy: undefined, steadyFrom }
  const start = Date.parse(ticket.submittedAt)
  const spans = pauseMs(ticket.pauses, now)
  const nextBy = Math.min(...unreached.map((minutes) => dueMs(rule.clock, start, minutes, spans)))
  return { nextBy, steadyFrom }
}

/** `overdue` and `remainingMinutes` at `now` of a deadline (`nextDeadline`'s). */
export function urgencyAt(nextBy: number | undefined, now: Date): Pick<SlaState, 'overdue' | 'remainingMinutes'> {
  if (nextBy === undefined) return { overdue: false, remainingMinutes: null }
  const nowMs = now.getTime()
  return { overdue: nowMs > nextBy, remainingMinutes: Math.floor((nextBy - nowMs) / MINUTE_MS) }
}

/** One millisecond after the last time the ticket records, or undefined while a pause runs. */
function steadyAfter(ticket: SlaTicket): number | undefined {
  let last = Date.parse(ticket.submittedAt)
  const times = [ticket.acceptedAt, ticket.escalation?.at, ticket.onSiteAt, ticket.resolvedAt]
  for (const pause of ticket.pauses) {
    if (pause.endedAt === undefined) return undefined
    times.push(pause.startedAt, pause.endedAt)
  }
  for (const time of times) if (time !== undefined) last = Math.max(last, Date.parse(time))
  return last + 1
}

/** When each milestone was reached, as of `nowMs` (times after it not yet happened). */
function reachedAt(ticket: SlaTicket, nowMs: number) {
  const reached = (...times: (string | undefined)[]) => earliestUpTo(times, nowMs)
  return {
    respond: reached(ticket.acceptedAt, ticket.escalation?.at),
    onSite: reached(ticket.onSiteAt, ticket.resolvedAt),
    resolve: reached(ticket.resolvedAt),
  }
}

function milestoneState({ at, by }: { at: number | undefined; by: number }, nowMs: number): MilestoneState {
  if (at !== undefined) return at <= by ? 'met' : 'breached'
  return nowMs > by ? 'breached' : 'pending'
}

function earliestUpTo(times: readonly (string | undefined)[], limitMs: number): number | undefined {
  const instants = times
    .filter((time): time is string => time !== undefined)
    .map((time) => Date.parse(time))
    .filter((ms) => ms <= limitMs)
  return instants.length === 0 ? undefined : Math.min(...instants)
}
