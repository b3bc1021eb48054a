import type { BulletinAuthorRole, Role } from '@jiayuan/contracts'
import { Conflict, Forbidden } from '../errors'
import { isShowing } from './window'

/** The role a notice is posted as: property staff when the person is both, since residents call the 物业 first. */
export function authorRoleOf(roles: readonly Role[]): BulletinAuthorRole {
  return roles.includes('property_staff') ? 'property_staff' : 'committee_member'
}

interface Withdrawable {
  authorId: string
  status: 'published' | 'withdrawn'
  startsAt: string
  endsAt: string
}

/** Its author may take a notice back, and property staff may take back any (they answer the residents' calls). */
export function mayWithdraw(b: Withdrawable, caller: { userId: string; roles: readonly Role[] }, now: Date): boolean {
  return isShowing(b, now) && (b.authorId === caller.userId || caller.roles.includes('property_staff'))
}

/** Refuses a withdrawal with the reason a person can act on: not theirs (403), or already off the home pages (409). */
export function checkWithdraw(b: Withdrawable, caller: { userId: string; roles: readonly Role[] }, now: Date): void {
  if (b.authorId !== caller.userId && !caller.roles.includes('property_staff'))
    throw new Forbidden('只有发布人或物业可以撤回这条公告')
  if (b.status === 'withdrawn') throw new Conflict('BulletinWithdrawn', '这条公告已经撤回了')
  if (!isShowing(b, now)) throw new Conflict('BulletinEnded', '这条公告已经结束，不在首页显示了')
}
