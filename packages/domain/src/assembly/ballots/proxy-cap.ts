import type { MeetingRules } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'

/** National default; a compound may set its own N (DOMAIN V6, `CompoundSettings.proxyCap`). */
export const DEFAULT_PROXY_CAP = 3

/** The cap a meeting runs under: the one frozen with its notice (V9), the national default before that. */
export function proxyCapOf(rules: Pick<MeetingRules, 'proxyCap'> | undefined): number {
  return rules?.proxyCap ?? DEFAULT_PROXY_CAP
}

/**
 * The refusal when a holder already represents `cap` principals (DOMAIN V6). The cap itself is held by the
 * repository's condition on the holder's count, in the same transaction as the registration, so two
 * registrations racing for the last place cannot both succeed; the API answers that refusal with this error.
 */
export function proxyCapReached(cap: number): RuleViolation {
  return new RuleViolation('ProxyCapReached', `每位代理人最多代理 ${cap} 位业主`, { field: 'body.holderUserId', cap })
}
