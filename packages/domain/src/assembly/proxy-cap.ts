import type { ProxyAssignment } from '@jiayuan/contracts'
import { InvalidInput } from '../errors'
import { byCodeUnit } from './order'

/** National default; a compound may set its own N (DOMAIN V6, `CompoundSettings.proxyCap`). */
export const DEFAULT_PROXY_CAP = 3

export interface ProxyCapViolation {
  proxyId: string
  principals: string[]
}

/**
 * Proxies holding more than `cap` principals (DOMAIN V6). A principal named twice for the same proxy is one
 * principal, so re-uploading a letter never trips the cap. Empty means every proxy is within the cap.
 */
export function checkProxyCap(assignments: readonly ProxyAssignment[], cap = DEFAULT_PROXY_CAP): ProxyCapViolation[] {
  if (!Number.isInteger(cap) || cap < 1) {
    throw new InvalidInput('代理人数上限须为正整数', [{ field: 'proxyCap', message: String(cap) }])
  }
  const principals = new Map<string, Set<string>>()
  for (const { proxyId, subjectId } of assignments) {
    principals.set(proxyId, (principals.get(proxyId) ?? new Set<string>()).add(subjectId))
  }
  return [...principals]
    .filter(([, held]) => held.size > cap)
    .map(([proxyId, held]) => ({ proxyId, principals: [...held].sort(byCodeUnit) }))
    .sort((a, b) => byCodeUnit(a.proxyId, b.proxyId))
}
