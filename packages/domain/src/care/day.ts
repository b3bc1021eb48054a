import type { CareDay, CareLogEntry, CareOutcome, CarePlan, CareStatus, CareStep } from '@jiayuan/contracts'
import { Conflict } from '../errors'
import { DAY_MS, shanghaiDate } from '../time/index'
import { CARE_STEPS, stepDueMs, windowEndMs } from './plan'

type Plan = Pick<CarePlan, 'compoundId' | 'elderId' | 'windowEnd' | 'offsets' | 'since'>

export interface StepTold {
  step: CareStep
  dueAt: string
}

/** What the sweep writes for one elder's day: the day after the steps now due, and those steps in order. */
export interface CareEscalation {
  day: CareDay
  told: StepTold[]
}

const blank = (plan: Plan, date: string): CareDay => ({
  compoundId: plan.compoundId,
  elderId: plan.elderId,
  date,
  status: 'alarm',
  steps: [],
  log: [],
  version: 0,
})

/**
 * The dates a sweep at `now` looks at: today and yesterday (a step may fall due after midnight, offsets run to a
 * day), each only once its window has closed, and none whose window closed before the plan was set.
 */
export function datesToSweep(plan: Plan, now: Date): string[] {
  const today = shanghaiDate(now)
  const yesterday = shanghaiDate(now.getTime() - DAY_MS)
  const since = Date.parse(plan.since)
  return [yesterday, today].filter((d) => windowEndMs(plan, d) <= now.getTime() && windowEndMs(plan, d) > since)
}

/**
 * The steps of a missed day that are due at `now` and not yet told, in order (H3). A closed day, or a day the
 * elder or neighbour already answered, escalates no further. `who` names each step's people for the log.
 */
export function escalate(
  plan: Plan,
  day: CareDay | undefined,
  date: string,
  now: Date,
  who: (step: CareStep) => string,
): CareEscalation | null {
  if (day?.status === 'closed') return null
  const done = new Set(day?.steps ?? [])
  const due = CARE_STEPS.filter((s) => !done.has(s) && stepDueMs(plan, date, s) <= now.getTime())
  if (due.length === 0) return null
  const at = now.toISOString()
  const base = day ?? blank(plan, date)
  const told = due.map((step) => ({ step, dueAt: new Date(stepDueMs(plan, date, step)).toISOString() }))
  const entries: CareLogEntry[] = told.map((t) => ({
    at,
    action: 'escalated',
    step: t.step,
    who: who(t.step),
    dueAt: t.dueAt,
  }))
  return {
    day: {
      ...base,
      status: 'alarm',
      steps: [...base.steps, ...due],
      log: [...base.log, ...entries],
      version: base.version + 1,
    },
    told,
  }
}

/**
 * The day closed by the elder's tap or the neighbour's word (any time that day), or by whoever answered an alarm.
 * A second tap on a closed day changes nothing (null); closing an alarm needs one under way.
 */
export function closeDay(
  plan: Plan,
  day: CareDay | undefined,
  date: string,
  close: { outcome: CareOutcome; who: string; reason?: string; at: string },
): CareDay | null {
  const answer = close.outcome === 'checked_in' || close.outcome === 'neighbour_confirmed'
  if (day?.status === 'closed') {
    if (answer) return null
    throw new Conflict('CareDayClosed', '这一天已经报过平安或已处理，不需要再处理')
  }
  if (!answer && day?.status !== 'alarm') throw new Conflict('NoCareAlarm', '这一天没有待处理的提醒')
  const base = day ?? { ...blank(plan, date), status: 'closed' as const }
  const entry: CareLogEntry = {
    at: close.at,
    action: 'closed',
    outcome: close.outcome,
    who: close.who,
    ...(close.reason ? { reason: close.reason } : {}),
  }
  return { ...base, status: 'closed', outcome: close.outcome, log: [...base.log, entry], version: base.version + 1 }
}

/** Today as the page shows it, and the next step while the day is open. */
export function careStatus(
  plan: Plan,
  day: CareDay | undefined,
  date: string,
  now: Date,
): { status: CareStatus; next?: StepTold } {
  const nextStep = CARE_STEPS.find((s) => !(day?.steps ?? []).includes(s))
  const next =
    day?.status === 'closed' || nextStep === undefined
      ? undefined
      : { step: nextStep, dueAt: new Date(stepDueMs(plan, date, nextStep)).toISOString() }
  if (day?.status === 'closed') return { status: day.steps.length > 0 ? 'closed' : 'ok' }
  if (day?.status === 'alarm') return { status: 'alarm', ...(next ? { next } : {}) }
  // A window that closed before the plan was set is not swept: nothing is due that day.
  if (windowEndMs(plan, date) <= Date.parse(plan.since)) return { status: 'waiting' }
  const status = now.getTime() < windowEndMs(plan, date) ? 'waiting' : 'missed'
  return { status, ...(next ? { next } : {}) }
}
