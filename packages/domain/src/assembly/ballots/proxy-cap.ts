import type { MeetingRules } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'

/** National default; a compound may set its own N (DOMAIN V6, `CompoundSettings.proxyCap`). */
export const DEFAULT_PROXY_CAP = 3

/** The cap a meeting runs under: the one frozen with its notice (V9), the national default before that. */
export function proxyCapOf(rules: Pick<MeetingRules, 'proxyCap'> | undefined): number {
  return rules?.proxyCap ?? DEFAULT_PROXY_CAP
}

/**
 * A proxy holder represents at most `cap` principals (DOMAIN V6). The repository raises the holder's count only
 * while it is below the cap, in the same transaction as the registration, so two registrations racing for the
 * last place cannot both succeed; when that condition refuses, this decides on the holder's fresh count.
 */
export function checkProxyCap(heldCount: number, cap: number): void {
  if (heldCount >= cap) throw new RuleViolation('ProxyCapReached', `每位代理人最多代理 ${cap} 位业主`, { field: 'body.holderUserId', cap })
}
