import { createHash } from 'node:crypto'
import { assembly } from '@jiayuan/contracts'
import { answerObjection, fileObjection, getObjection, getUser, listObjections, ticketMessageId } from '@jiayuan/db'
import { Conflict, NotFound, assertObjectionAnswerable, assertObjectionOpen } from '@jiayuan/domain'
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

  route(assembly.answerObjection, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertObjectionAnswerable(m)
    const o = await getObjection(ctx.deps.db, m.compoundId, m.meetingId, ctx.params.objectionId)
    if (!o) throw new NotFound('异议')
    if (o.answer) throw new Conflict('ObjectionAnswered', '这条异议已经答复过了')
    const at = ctx.now.toISOString()
    const name = (await getUser(ctx.deps.db, userId))?.displayName ?? '业委会'
    const answer = {
      upheld: ctx.body.upheld,
      text: ctx.body.text,
      answeredBy: userId,
      answeredByName: name,
      answeredAt: at,
    }
    // The objector reads the answer in 消息 and on the result page; the message id is the objection's.
    const message = {
      messageId: ticketMessageId(at, `obj${o.objectionId}`),
      compoundId: m.compoundId,
      kind: 'objection_answered' as const,
      title: `业委会答复了您的异议：${m.title}`.slice(0, 60),
      body: `${ctx.body.upheld ? '异议成立' : '异议不成立'}。${ctx.body.text}`.slice(0, 300),
      link: { to: 'result' as const, meetingId: m.meetingId },
      at,
    }
    const saved = await answerObjection(ctx.deps.db, m.compoundId, o, answer, message)
    if (saved === 'answered') throw new Conflict('ObjectionAnswered', '这条异议已经答复过了')
    return saved
  }),
]
