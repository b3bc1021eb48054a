import type { BallotRecord } from '@jiayuan/domain'
import type { AffectedOwner, Meeting, MeetingScope, MotionDraft, MotionResult } from '@jiayuan/contracts'

/** A meeting as stored: the header the API shows, plus the secret that derives pseudonyms and the results. */
export interface MeetingRecord extends Omit<
  Meeting,
  'motions' | 'countedOn' | 'nonVotingWarning' | 'scope' | 'scopeText' | 'inScope'
> {
  /** DOMAIN V14; absent on meetings drafted before scopes existed, which are for the whole compound. */
  scope?: MeetingScope
  scopeText?: string
  /**
   * The units of a building or entrance scope: resolved from the roll when the notice is published (whose
   * owners it reaches), then the frozen roll's units once voting opens. Absent for the whole compound.
   */
  scopeUnitIds?: string[]
  /** Never leaves the API: it links published references to owners (DOMAIN P3). */
  refSalt: string
  motionIds: string[]
  results?: MotionResult[]
  /** Owners the ballot was recorded as delivered to, counted at close (DOMAIN V8). */
  deliveredCount?: number
}

/** An affected owner of a lift motion as stored: the unit's label as the roll named it when listed (V14). */
export type AffectedRecord = AffectedOwner & { unitLabel: string }

export type MotionRecord = MotionDraft & { motionId: string; order: number; affected?: AffectedRecord[] }

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
