import type { CareOffsets, CarePlan, CareStep } from '@jiayuan/contracts'
import { InvalidInput } from '../errors'
import { MINUTE_MS } from '../time/index'

/** The order a missed check-in travels in (DOMAIN H3): the paired neighbour, then the grid worker, then family. */
export const CARE_STEPS: readonly CareStep[] = ['neighbour', 'grid_worker', 'family']

export const CARE_STEP_LABEL: Record<CareStep, string> = {
  neighbour: '结对邻居',
  grid_worker: '网格员',
  family: '家属',
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

function refuse(field: string, message: string): InvalidInput {
  return new InvalidInput(`${field}: ${message}`, [{ field, message }])
}

/**
 * A window is one stretch of one Beijing day: it must close, and after it opens. Each step comes later than the
 * one before it, so the order neighbour → grid worker → family holds whatever the numbers typed.
 */
export function checkCareWindow(p: { windowStart: string; windowEnd: string; offsets: CareOffsets }): void {
  const start = minutesOf(p.windowStart)
  const end = minutesOf(p.windowEnd)
  if (end === start) throw refuse('body.windowEnd', '结束时间不能和开始时间相同，时段要有结束')
  if (end < start) throw refuse('body.windowEnd', '结束时间要晚于开始时间（时段不能跨过午夜）')
  if (p.offsets.grid_worker <= p.offsets.neighbour)
    throw refuse('body.offsets.grid_worker', '通知网格员要晚于通知结对邻居')
  if (p.offsets.family <= p.offsets.grid_worker) throw refuse('body.offsets.family', '通知家属要晚于通知网格员')
}

/** When the window of a Beijing date closes, in epoch milliseconds. */
export function windowEndMs(plan: Pick<CarePlan, 'windowEnd'>, date: string): number {
  return Date.parse(`${date}T${plan.windowEnd}:00+08:00`)
}

/** When a step of a date falls due: the window's end plus that step's minutes. */
export function stepDueMs(plan: Pick<CarePlan, 'windowEnd' | 'offsets'>, date: string, step: CareStep): number {
  return windowEndMs(plan, date) + plan.offsets[step] * MINUTE_MS
}
