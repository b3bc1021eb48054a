import { bulletins, canCall, type BulletinView, type Role } from '@jiayuan/contracts'
import type { BulletinRecord } from '@jiayuan/db'
import { bulletinState, mayWithdraw } from '@jiayuan/domain'

export interface Viewer {
  userId: string
  roles: readonly Role[]
}

/** Who sees 已读 N / 应读 M: whoever may open the list of notices (staff, committee), from the endpoint's policy. */
export const overseesBulletins = (roles: readonly Role[]) => canCall(bulletins.listBulletins, roles)

/** A notice as the viewer is shown it: its state now, whether they may withdraw it, and the counts if theirs to see. */
export function bulletinView(b: BulletinRecord, viewer: Viewer, now: Date, read?: boolean): BulletinView {
  return {
    bulletinId: b.bulletinId,
    compoundId: b.compoundId,
    kind: b.kind,
    title: b.title,
    body: b.body,
    scope: b.scope,
    scopeText: b.scopeText,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    postedAt: b.postedAt,
    author: { name: b.authorName, role: b.authorRole },
    state: bulletinState(b, now),
    ...(b.withdrawnAt ? { withdrawnAt: b.withdrawnAt } : {}),
    canWithdraw: mayWithdraw(b, viewer, now),
    ...(read === undefined ? {} : { read }),
    ...(overseesBulletins(viewer.roles) ? { counts: { read: b.readCount, expected: b.recipientCount } } : {}),
  }
}
