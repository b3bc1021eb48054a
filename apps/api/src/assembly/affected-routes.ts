import { assembly } from '@jiayuan/contracts'
import { getMotions, readRoll, saveMeeting, type AffectedRecord } from '@jiayuan/db'
import { Conflict, NotFound, assertStatus, checkAffected, resolveScope } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { announceAffected } from '../notices/compose'
import { loadMeeting } from './load'
import { meetingView } from './views'
import { viewerOf } from './viewer'

/**
 * DOMAIN V14, 加装电梯: the committee lists the owners whose light, air or access the lift affects, and records
 * for each their objection or the compensation agreed. The list is not the motion's text (frozen by the notice,
 * V9) but a record kept beside it until the result is final; owners newly listed are told in their inbox in the
 * same transaction.
 */
export const affectedRoutes = [
  route(assembly.setAffectedOwners, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertStatus(m.status, ['draft', 'noticed', 'open', 'closed', 'preliminary'], '登记受影响业主')
    if (m.revision !== ctx.body.revision) throw new Conflict('MeetingChanged', '会议刚被其他人修改过，请刷新后再试')
    const motions = await getMotions(ctx.deps.db, m.compoundId, m.meetingId)
    const motion = motions.find((x) => x.motionId === ctx.params.motionId)
    if (!motion) throw new NotFound('议题')
    const roll = await readRoll(ctx.deps.db, m.compoundId)
    const resolved = resolveScope(m.scope ?? { kind: 'compound' }, roll)
    const scope = { text: m.scopeText ?? resolved.text, unitIds: m.scopeUnitIds ?? resolved.unitIds }
    checkAffected(motion, ctx.body.affected, scope)
    const labels = new Map(roll.units.map((u) => [u.unitId, u.label]))
    const affected: AffectedRecord[] = ctx.body.affected.map((a) => ({ ...a, unitLabel: labels.get(a.unitId) ?? '' }))
    const before = new Set((motion.affected ?? []).map((a) => a.unitId))
    const listed = affected.map((a) => a.unitId).filter((id) => !before.has(id))
    const updated = { ...motion, affected }
    const at = ctx.now.toISOString()
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      m,
      {
        action: 'motion.affected_set',
        actorId: userId,
        at,
        data: {
          motionId: motion.motionId,
          affected: affected.map(({ unitId, effects, outcome }) => ({ unitId, effects, outcome: outcome?.kind })),
          listed,
        },
      },
      { motions: [updated], ...(listed.length > 0 ? { announce: announceAffected(m, updated, listed, at) } : {}) },
    )
    const shown = motions.map((x) => (x.motionId === updated.motionId ? updated : x))
    return meetingView(saved, shown, undefined, await viewerOf(ctx))
  }),
]
