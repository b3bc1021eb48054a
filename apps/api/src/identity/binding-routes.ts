import { createHash } from 'node:crypto'
import { compound, type Binding } from '@jiayuan/contracts'
import {
  createBinding,
  decideBinding,
  getBinding,
  getUnit,
  listBindingsByStatus,
  listBindingsOfUser,
  readRoll,
} from '@jiayuan/db'
import { Conflict, Forbidden, InvalidInput, NotFound, RuleViolation } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'

export const bindingRoutes = [
  route(compound.requestBinding, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const unit = await getUnit(ctx.deps.db, compoundId, ctx.body.unitId)
    if (!unit)
      throw new InvalidInput('body.unitId: 小区里没有这套房屋', [
        { field: 'body.unitId', message: '小区里没有这套房屋' },
      ])
    await assertOwnUpload(
      ctx.deps.files,
      { compoundId, purpose: 'binding_evidence', userId },
      ctx.body.evidenceKey,
      'body.evidenceKey',
      '请先上传产权证明照片',
    )
    // The id is derived from the idempotency key: a retried request finds the binding it already made.
    const bindingId = createHash('sha256').update(`${userId}:${ctx.body.idempotencyKey}`).digest('hex').slice(0, 20)
    const binding: Binding = {
      bindingId,
      compoundId,
      userId,
      unitId: unit.unitId,
      unitLabel: unit.label,
      claimedName: ctx.body.claimedName,
      relation: ctx.body.relation,
      evidenceKey: ctx.body.evidenceKey,
      status: 'pending',
      createdAt: ctx.now.toISOString(),
    }
    return createBinding(ctx.deps.db, binding)
  }),

  route(compound.myBindings, async (ctx) => ({
    bindings: await listBindingsOfUser(ctx.deps.db, mustCaller(ctx).userId, ctx.params.compoundId),
  })),

  route(compound.listBindings, async ({ params, query, deps }) => {
    const [bindings, roll] = await Promise.all([
      listBindingsByStatus(deps.db, params.compoundId, query.status ?? 'pending'),
      readRoll(deps.db, params.compoundId),
    ])
    return {
      bindings: await Promise.all(
        bindings.map(async (b) => ({
          ...b,
          evidenceUrl: await deps.files.presignGet(b.evidenceKey),
          rollOwners: roll.ownerships
            .filter((o) => o.unitId === b.unitId)
            .map((o) => ({
              ownerId: o.ownerId,
              isVoter: o.isVoter,
              name: roll.owners.find((x) => x.ownerId === o.ownerId)?.name ?? '—',
            })),
        })),
      ),
    }
  }),

  route(compound.decideBinding, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const pending = await getBinding(ctx.deps.db, ctx.params.compoundId, ctx.params.bindingId)
    if (!pending) throw new NotFound('认证申请')
    if (pending.userId === userId) throw new Forbidden('不能审核自己的认证申请')
    if (pending.status !== 'pending') throw new Conflict('BindingAlreadyDecided', '这条申请已经处理过了')
    const decided: Binding = { ...pending, decidedBy: userId, decidedAt: ctx.now.toISOString() }
    const body = ctx.body
    if (body.decision === 'approve') {
      const roll = await readRoll(ctx.deps.db, ctx.params.compoundId)
      const onRoll = roll.ownerships.some((o) => o.unitId === pending.unitId && o.ownerId === body.ownerId)
      if (!onRoll) throw new RuleViolation('OwnerNotOnRoll', '所选业主不在该房屋的登记名下', { field: 'body.ownerId' })
      decided.status = 'approved'
      decided.ownerId = body.ownerId
      if (body.reason) decided.reason = body.reason
    } else {
      decided.status = 'rejected'
      decided.reason = body.reason
    }
    return decideBinding(ctx.deps.db, pending, decided, { userId, at: ctx.now.toISOString() })
  }),
]
