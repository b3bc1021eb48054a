import type { SealedBallot } from '@jiayuan/contracts'
import { canonicalJson } from '../../crypto/canonical-json'
import { sha256Hex } from '../../crypto/sha256'

/**
 * The voter's reference in a meeting's published list (DOMAIN V11, P3). With named ballots it is the roll's
 * ownerId; otherwise a pseudonym derived from a per-meeting secret, so the list can be recounted by anyone but
 * linked to a person only by those who hold the frozen roll (the committee, a court).
 */
export function voterRef(salt: string, subjectId: string, named: boolean): string {
  return named ? subjectId : `v${sha256Hex(`${salt}:subject:${subjectId}`).slice(0, 19)}`
}

/** A proxy holder is pseudonymous in every list: they did not stand for election by being named as proxy. */
export function proxyRef(salt: string, holderUserId: string): string {
  return `p${sha256Hex(`${salt}:proxy:${holderUserId}`).slice(0, 19)}`
}

const RECEIPT_VERSION = 'jiayuan.ballot-receipt.v1'

/**
 * The receipt handed to the voter when the ballot is stored: a hash of everything the published entry will
 * say about it. The chain is only built at close, so this, not the chain link, is what the voter can hold from
 * the moment they vote; the sealed entry carries it inside its hashed payload.
 */
export function ballotReceipt(meetingId: string, b: Omit<SealedBallot, 'seq' | 'receipt'>): string {
  const { motionId, subjectId, choice, channel, castAt, proxyId, version } = b
  return sha256Hex(
    canonicalJson({ v: RECEIPT_VERSION, meetingId, motionId, subjectId, choice, channel, castAt, proxyId, version }),
  )
}
