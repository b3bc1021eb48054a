import type { BallotRecord } from '@jiayuan/domain'
import type { Meeting, MotionDraft, MotionResult } from '@jiayuan/contracts'

/** A meeting as stored: the header the API shows, plus the secret that derives pseudonyms and the results. */
export interface MeetingRecord extends Omit<Meeting, 'motions' | 'countedOn' | 'nonVotingWarning'> {
  /** Never leaves the API: it links published references to owners (DOMAIN P3). */
  refSalt: string
  motionIds: string[]
  results?: MotionResult[]
  /** Owners the ballot was recorded as delivered to, counted at close (DOMAIN V8). */
  deliveredCount?: number
}

export type MotionRecord = MotionDraft & { motionId: string; order: number }

/**
 * One stored ballot version. `subjectId` is the reference it will be published under; `rollSubjectId` the
 * frozen roll's subject (ownerId) it belongs to, which only the committee's export reveals.
 */
export interface BallotItem extends BallotRecord {
  meetingId: string
  rollSubjectId: string
  /** Hash of who asked and their idempotency key: a retried request finds what it already wrote. */
  requestKey: string
  enteredBy: string
  scanKey?: string
  proxyHolderUserId?: string
}
