import type { MatterType, MeetingStatus, MotionResult } from '@jiayuan/contracts'

export interface MotionOutcome {
  matterType: MatterType
  /** The counted result: the deemed tally where the assembly rules adopt 从众 (V8), the raw one otherwise. */
  passed: boolean
  /** Only a final result (after the objection window) may authorise anything, e.g. a fund payout (F3, F11). */
  final: boolean
}

/**
 * One motion's published outcome, for other contexts to rely on (the ledger's dual control asks whether a
 * type 5 or 9 motion passed, F3); undefined until a result is published. Motion ids are per meeting, so the
 * caller reads the meeting the motion belongs to.
 */
export function motionOutcome(
  m: { status: MeetingStatus; results?: readonly MotionResult[] },
  motionId: string,
): MotionOutcome | undefined {
  const result = m.results?.find((r) => r.motionId === motionId)
  if (!result || (m.status !== 'preliminary' && m.status !== 'final')) return undefined
  return { matterType: result.matterType, passed: (result.deemed ?? result.raw).passed, final: m.status === 'final' }
}
