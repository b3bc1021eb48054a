import { createHash } from 'node:crypto'
import { assembly } from '@jiayuan/contracts'
import { fileObjection, listObjections } from '@jiayuan/db'
import { assertObjectionOpen } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { isCommittee, loadMeeting } from './load'

export const objectionRoutes = [
  route(assembly.fileObjection, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertObjectionOpen(m, ctx.now)
    return fileObjection(ctx.deps.db, m.compoundId, {
      objectionId: createHash('sha256').update(`${userId}:${ctx.body.idempotencyKey}`).digest('hex').slice(0, 20),
      meetingId: m.meetingId,
      userId,
      text: ctx.body.text,
      filedAt: ctx.now.toISOString(),
    })
  }),

  route(assembly.listObjections, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const all = await listObjections(ctx.deps.db, m.compoundId, m.meetingId)
    const everyone = isCommittee(ctx.member.roles) || ctx.member.roles.includes('community_admin')
    return { objections: everyone ? all : all.filter((o) => o.userId === userId) }
  }),
]
