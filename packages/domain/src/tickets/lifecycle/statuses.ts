import type { TicketStatus } from '@jiayuan/contracts'

/** In a grid's pool, claimable by any worker of that grid or dispatchable by staff (DOMAIN T3). */
export const POOL_STATUSES: readonly TicketStatus[] = ['submitted', 'handed_back', 'reopened']

/** Held by one worker, who is responsible for it (首接负责). */
export const IN_HAND_STATUSES: readonly TicketStatus[] = ['accepted', 'contacted', 'on_site', 'waiting_on_resident']

/** The fix has been declared; only the requester (or staff by return call, or the sweep) moves it on. */
export const DONE_STATUSES: readonly TicketStatus[] = ['resolved', 'confirmed', 'closed']

export function isTicketPooled(status: TicketStatus): boolean {
  return POOL_STATUSES.includes(status)
}

/** Escalated tickets stay open: they are still tracked until someone records the outcome (DOMAIN T4). */
export function isTicketOpen(status: TicketStatus): boolean {
  return !DONE_STATUSES.includes(status)
}
