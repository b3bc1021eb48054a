import type { Invite } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../errors'

/** Letters and digits that cannot be misread for each other when read aloud or copied by hand (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** An 8-character code from random bytes (the caller supplies them: the domain does no I/O). */
export function inviteCode(bytes: Uint8Array): string {
  return [...bytes.slice(0, 8)].map((b) => INVITE_ALPHABET[b % INVITE_ALPHABET.length]).join('')
}

/** `open` until used or past its expiry. */
export function inviteStatus(invite: Pick<Invite, 'status' | 'expiresAt'>, now: Date): Invite['status'] {
  if (invite.status === 'used') return 'used'
  return invite.expiresAt <= now.toISOString() ? 'expired' : 'open'
}

/**
 * What accepting does: `accept` for an open code; `already` when this person already used it (a retried
 * request); otherwise refused — used by someone else (409) or expired (422).
 */
export function redeemPlan(invite: Invite, userId: string, now: Date): 'accept' | 'already' {
  if (invite.status === 'used') {
    if (invite.usedBy === userId) return 'already'
    throw new Conflict('InviteUsed', '这个邀请码已被使用，请向社区管理员要一个新的')
  }
  if (inviteStatus(invite, now) === 'expired') {
    throw new RuleViolation('InviteExpired', '这个邀请码已过期，请向社区管理员要一个新的')
  }
  return 'accept'
}
