import { governance } from '@jiayuan/contracts'
import { decisionsOfTicket, getDecision, getUser, listDecisions, saveDecision, type StoredDecision } from '@jiayuan/db'
import { Conflict, NotFound, progressPlan } from '@jiayuan/domain'
import type { Decision } from '@jiayuan/contracts'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'
import { requesterMessages } from './decision-messages'
import { speaksFor } from './speaks-for'

const shown = ({ remindedAt: _r, ...d }: StoredDecision): Decision => d

export const decisionRoutes = [
  route(governance.listDecisions, async ({ params, deps }) => ({
    decisions: (await listDecisions(deps.db, params.compoundId)).map(shown),
  })),

  // G3: progress with evidence photos (uploaded by the reporter, purpose `attachment`); done tells the
  // requesters of the tickets it settles, in the same transaction.
  route(governance.decisionProgress, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, decisionId } = ctx.params
    const decision = await getDecision(ctx.deps.db, compoundId, decisionId)
    if (!decision) throw new NotFound('决定')
    if (decision.version !== ctx.body.expectedVersion)
      throw new Conflict('DecisionChanged', '这项决定已有新进展，请刷新后再报')
    for (const [i, key] of ctx.body.photoKeys.entries())
      await assertOwnUpload(
        ctx.deps.files,
        { compoundId, purpose: 'attachment', userId },
        key,
        `photoKeys.${i}`,
        '请先上传照片',
      )
    const parties = await speaksFor(ctx.deps, compoundId, { userId, roles: ctx.member.roles })
    const at = ctx.now.toISOString()
    const name = (await getUser(ctx.deps.db, userId))?.displayName ?? '—'
    const next = {
      ...progressPlan(decision, ctx.body, parties, { name, at }),
      ...(decision.remindedAt ? { remindedAt: decision.remindedAt } : {}),
    }
    const messages = next.status === 'done' ? await requesterMessages(ctx.deps, next, 'decision_done', at) : []
    const saved = await saveDecision(
      ctx.deps.db,
      next,
      decision.version,
      { action: `decision.${next.status}`, actorId: userId, at, reason: ctx.body.text },
      messages,
    )
    if (!saved) throw new Conflict('DecisionChanged', '这项决定已有新进展，请刷新后再报')
    return shown(next)
  }),

  route(governance.ticketDecisions, async ({ params, deps }) => ({
    decisions: (await decisionsOfTicket(deps.db, params.compoundId, params.ticketId)).map(shown),
  })),
]
