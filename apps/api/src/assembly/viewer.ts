import type { Membership, Role } from '@jiayuan/contracts'
import { getMembership } from '@jiayuan/db'
import type { Deps } from '../deps'
import { isCommittee } from './load'
import type { Viewer } from './views'

/** The caller as a meeting page sees them: committee or not, and the units on their membership (V14, P1). */
export async function viewerOf(ctx: {
  deps: Deps
  caller: { userId: string } | null
  params: { compoundId: string }
  member: { roles: Role[]; membership?: Membership }
}): Promise<Viewer> {
  // The access check's own read when it made one; a read here only where it did not (no compound role needed).
  const membership =
    ctx.member.membership ??
    (ctx.caller ? await getMembership(ctx.deps.db, ctx.caller.userId, ctx.params.compoundId) : undefined)
  return { committee: isCommittee(ctx.member.roles), unitIds: membership?.unitIds ?? [] }
}
