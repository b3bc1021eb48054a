import type { MatterType } from '@jiayuan/contracts'
import type { Db } from '../client'
import { getMeetingRecord } from './meetings'

export interface MotionOutcome {
  matterType: MatterType
  /** The counted result: the deemed tally where the assembly rules adopt 从众 (V8), the raw one otherwise. */
  passed: boolean
  /** Only a final result (after the objection window) may authorise anything, e.g. a fund payout (F3, F11). */
  final: boolean
}

/**
 * One motion's published outcome, for other contexts to rely on (the ledger's dual control asks whether a
 * type 5 or 9 motion passed). Motion ids are per meeting, so the meeting is part of the reference.
 */
export async function motionOutcome(db: Db, compoundId: string, meetingId: string, motionId: string): Promise<MotionOutcome | undefined> {
  const m = await getMeetingRecord(db, compoundId, meetingId)
  const result = m?.results?.find((r) => r.motionId === motionId)
  if (!m || !result || (m.status !== 'preliminary' && m.status !== 'final')) return undefined
  return { matterType: result.matterType, passed: (result.deemed ?? result.raw).passed, final: m.status === 'final' }
}
