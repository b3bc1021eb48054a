import { randomUUID } from 'node:crypto'
import { neighbours, type SpareKey } from '@jiayuan/contracts'
import { getSpareKey, getUsers, listKeyLog, listSpareKeys, listVolunteers, saveSpareKey } from '@jiayuan/db'
import {
  Conflict,
  NotFound,
  assertOwner,
  checkCustodians,
  confirmReleasePlan,
  consentPlan,
  openReleasePlan,
  releasedLine,
  returnPlan,
  withdrawPlan,
  type KeyStep,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'
import { neighbourMessage } from './notices'

async function load(deps: Deps, compoundId: string, keyId: string): Promise<SpareKey> {
  const key = await getSpareKey(deps.db, compoundId, keyId)
  if (!key) throw new NotFound('钥匙')
  return key
}

function checkVersion(key: SpareKey, expected: number): void {
  if (key.version !== expected) throw new Conflict('KeyChanged', '钥匙的状态刚有变化，请刷新后再试')
}

/**
 * Writes a step with its log lines (and the release line when the step completed it); the owner is told of every
 * step at once (H4, T9), the custodians of the opening, the release and the withdrawal.
 */
async function commit(deps: Deps, before: SpareKey, step: KeyStep, actorId: string, at: string): Promise<SpareKey> {
  const released = before.release?.releasedAt === undefined ? releasedLine(step.key) : undefined
  const lines = [step.log, ...(released ? [released] : [])]
  const { compoundId, keyId, ownerId, label, custodians } = step.key
  const about = { to: 'key' as const, keyId }
  const stepText = { title: `钥匙管家：${label}`, body: `${step.log.byName}：${step.log.text}` }
  const text = released ? { title: `钥匙已取用：${label}`, body: released.text } : stepText
  const tell = (userId: string) => neighbourMessage(compoundId, userId, about, `${step.log.action}:${at}`, text, at)
  const custodiansTold = ['release_opened', 'returned', 'withdrawn'].includes(step.log.action) || released
  const messages = [
    ...(actorId !== ownerId || released ? [tell(ownerId)] : []),
    ...(custodiansTold ? custodians.filter((c) => c.userId !== actorId).map((c) => tell(c.userId)) : []),
  ]
  const saved = await saveSpareKey(deps.db, step.key, before.version, { actorId, at, lines, messages })
  if (!saved) throw new Conflict('KeyChanged', '钥匙的状态刚有变化，请刷新后再试')
  return step.key
}

type StepEndpoint =
  | typeof neighbours.confirmRelease
  | typeof neighbours.consentRelease
  | typeof neighbours.returnKey
  | typeof neighbours.withdrawKey

/**
 * A step on a key that needs nothing but who takes it (confirm, consent, return, withdraw): the key as read, the
 * domain's plan, the version the person saw, then the write with its log and messages.
 */
function keyStep<E extends StepEndpoint>(
  endpoint: E,
  plan: (key: SpareKey, actor: { userId: string }, at: string) => KeyStep,
) {
  return route(endpoint, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const key = await load(ctx.deps, ctx.params.compoundId, ctx.params.keyId)
    const at = ctx.now.toISOString()
    const step = plan(key, { userId }, at)
    checkVersion(key, ctx.body.expectedVersion)
    return commit(ctx.deps, key, step, userId, at)
  })
}

/** H4 钥匙管家: deposit, release by two custodians with a photo and a reason, the owner's consent, log, withdrawal. */
export const keyRoutes = [
  route(neighbours.listKeys, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const all = await listSpareKeys(ctx.deps.db, ctx.params.compoundId)
    return {
      mine: all.filter((k) => k.ownerId === userId),
      custody: all.filter((k) => k.status !== 'withdrawn' && k.custodians.some((c) => c.userId === userId)),
    }
  }),

  route(neighbours.depositKey, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const volunteers = await listVolunteers(ctx.deps.db, compoundId)
    checkCustodians(userId, ctx.body.custodianIds, new Set(volunteers.map((v) => v.userId)))
    const people = await getUsers(ctx.deps.db, [userId, ...ctx.body.custodianIds])
    const at = ctx.now.toISOString()
    const key: SpareKey = {
      keyId: `key-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      compoundId,
      ownerId: userId,
      ownerName: people.get(userId)?.displayName ?? '—',
      label: ctx.body.label,
      terms: ctx.body.terms,
      custodians: ctx.body.custodianIds.map((id) => ({ userId: id, name: people.get(id)?.displayName ?? '—' })),
      status: 'held',
      depositedAt: at,
      version: 1,
    }
    const names = key.custodians.map((c) => c.name).join('、')
    const line = {
      action: 'deposited' as const,
      byName: key.ownerName,
      text: `存放钥匙，保管人：${names}；约定：${key.terms}`,
    }
    const messages = key.custodians.map((c) =>
      neighbourMessage(
        compoundId,
        c.userId,
        { to: 'key', keyId: key.keyId },
        'deposited',
        {
          title: `${key.ownerName} 请您保管备用钥匙`,
          body: `${key.label}。约定：${key.terms}`,
        },
        at,
      ),
    )
    await saveSpareKey(ctx.deps.db, key, undefined, { actorId: userId, at, lines: [line], messages })
    return key
  }),

  route(neighbours.openRelease, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, keyId } = ctx.params
    const key = await load(ctx.deps, compoundId, keyId)
    const at = ctx.now.toISOString()
    const { expectedVersion, ...input } = ctx.body
    const step = openReleasePlan(
      key,
      { userId },
      { releaseId: randomUUID().replace(/-/g, '').slice(0, 16), ...input },
      at,
    )
    checkVersion(key, expectedVersion)
    await assertOwnUpload(
      ctx.deps.files,
      { compoundId, purpose: 'attachment', userId },
      ctx.body.photoKey,
      'photoKey',
      '请先拍照上传',
    )
    return commit(ctx.deps, key, step, userId, at)
  }),

  keyStep(neighbours.confirmRelease, confirmReleasePlan),

  keyStep(neighbours.consentRelease, consentPlan),

  keyStep(neighbours.returnKey, returnPlan),

  route(neighbours.keyLog, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const key = await load(ctx.deps, ctx.params.compoundId, ctx.params.keyId)
    assertOwner(key, userId)
    const lines = await listKeyLog(ctx.deps.db, key.compoundId, key.keyId)
    // Each opening's photo as a short-lived link; lines written before photos were kept take the release's own.
    const entries = await Promise.all(
      lines.map(async ({ photoKey, ...line }) => {
        const photo =
          photoKey ??
          (line.action === 'release_opened' && key.release?.openedAt === line.at ? key.release.photoKey : undefined)
        return photo ? { ...line, photoUrl: await ctx.deps.files.presignGet(photo) } : line
      }),
    )
    return { key, entries }
  }),

  keyStep(neighbours.withdrawKey, withdrawPlan),
]
