import type { SlaRule } from '@jiayuan/contracts'
import { addWorkingMs, workingMsBetween } from './working-time'

export type SlaClock = SlaRule['clock']

/** Milliseconds are the unit here; rules are in minutes and callers convert once. */
export function addClockMs(clock: SlaClock, startMs: number, durationMs: number): number {
  return clock === 'calendar' ? startMs + durationMs : addWorkingMs(startMs, durationMs)
}

export function clockMsBetween(clock: SlaClock, startMs: number, endMs: number): number {
  return clock === 'calendar' ? Math.max(0, endMs - startMs) : workingMsBetween(startMs, endMs)
}
