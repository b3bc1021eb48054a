import { assembly, type DeliveryRecord, type ProxyRegistration } from '@jiayuan/contracts'
import {
  getMembership,
  getUsers,
  getSnapshotSubject,
  listDeliveries,
  listProxies,
  readRoll,
  recordDeliveries,
  registerProxy,
  type MeetingRecord,
} from '@jiayuan/db'
import {
  InvalidInput,
  RuleViolation,
  assertBeforeClose,
  buildVotingRoll,
  maskName,
  notInScope,
  proxyCapOf,
  scopeRoll,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'
import { loadMeeting, refuseOnPlatform } from './load'
import { describe, votingRoll } from './subject-routes'

/**
 * Voting subjects among `ids`: on the frozen roll once voting is open, on the roll as it stands before that,
 * within the meeting's scope either way (V14).
 */
async function onRoll(deps: Deps, m: MeetingRecord, ids: readonly string[]): Promise<Set<string>> {
  const rollHash = m.rollHash
  if (rollHash) {
    const found = await Promise.all(
      ids.map((id) => getSnapshotSubject(deps.db, m.compoundId, m.meetingId, rollHash, id)),
    )
    return new Set(ids.filter((_, i) => found[i] !== undefined))
  }
  const { units, owners, ownerships } = scopeRoll(
    m.scope ?? { kind: 'compound' },
    await readRoll(deps.db, m.compoundId),
  ).roll
  const subjects = new Set(
    buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: m.rules?.parkingAreaCounts ?? false }).subjects.map(
      (s) => s.subjectId,
    ),
  )
  return new Set(ids.filter((id) => subjects.has(id)))
}

export const proxyRoutes = [
  route(assembly.registerProxy, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertBeforeClose(m, ctx.now, '登记委托')
    refuseOnPlatform(m, '委托投票')
    const { principalId, holderUserId, letterKey } = ctx.body
    await assertOwnUpload(
      ctx.deps.files,
      { compoundId: m.compoundId, purpose: 'ballot_scan', userId },
      letterKey,
      'body.letterKey',
      '请先上传签字的授权委托书',
    )
    if (!(await onRoll(ctx.deps, m, [principalId])).has(principalId)) {
      if (m.scopeUnitIds && m.scopeText) throw notInScope(m.scopeText, 'principal')
      throw new RuleViolation('NotAVotingSubject', '委托人不是名册上的投票人（共有房屋须由登记的投票人委托）', {
        field: 'body.principalId',
      })
    }
    const holder = await getMembership(ctx.deps.db, holderUserId, m.compoundId)
    if (!holder)
      throw new InvalidInput('body.holderUserId: 代理人须是本小区的用户', [
        { field: 'body.holderUserId', message: '代理人须是本小区的用户' },
      ])
    if (holder.ownerId === principalId)
      throw new RuleViolation('ProxyIsPrincipal', '业主本人可以直接投票，无须委托自己', { field: 'body.holderUserId' })
    const reg: ProxyRegistration = {
      principalId,
      holderUserId,
      letterKey,
      registeredBy: userId,
      registeredAt: ctx.now.toISOString(),
    }
    return registerProxy(ctx.deps.db, m.compoundId, m.meetingId, reg, proxyCapOf(m.rules))
  }),

  route(assembly.listProxies, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const [proxies, roll] = await Promise.all([
      listProxies(ctx.deps.db, m.compoundId, m.meetingId),
      readRoll(ctx.deps.db, m.compoundId),
    ])
    const [{ subjects }, users] = await Promise.all([
      votingRoll(ctx.deps, m, roll),
      getUsers(ctx.deps.db, [...new Set(proxies.map((p) => p.holderUserId))]),
    ])
    const bySubject = new Map(subjects.map((s) => [s.subjectId, describe(roll)(s)]))
    // DOMAIN P1: the committee sees who authorised whom to run the vote, names masked as on every list it reads.
    return {
      proxies: proxies.map((p) => {
        const s = bySubject.get(p.principalId)
        return {
          ...p,
          principalMaskedName: maskName(s?.name ?? '业主'),
          principalUnitLabels: s?.unitLabels ?? [],
          holderMaskedName: maskName(users.get(p.holderUserId)?.displayName ?? '用户'),
        }
      }),
    }
  }),

  route(assembly.recordDeliveries, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertBeforeClose(m, ctx.now, '登记送达')
    refuseOnPlatform(m, '表决票的送达')
    if (!m.rules?.followMajority.enabled) {
      throw new RuleViolation(
        'FollowMajorityNotAdopted',
        '本小区议事规则未采用"未投票视为随多数"，无须登记送达（DOMAIN V8）',
      )
    }
    const ids = [...new Set(ctx.body.subjectIds)]
    const known = await onRoll(ctx.deps, m, ids)
    const unknown = ids.findIndex((id) => !known.has(id))
    if (unknown >= 0) {
      const field = `body.subjectIds.${ctx.body.subjectIds.indexOf(ids[unknown] ?? '')}`
      throw new InvalidInput(`${field}: 不是名册上的投票人`, [{ field, message: '不是名册上的投票人' }])
    }
    const existing = new Set((await listDeliveries(ctx.deps.db, m.compoundId, m.meetingId)).map((d) => d.subjectId))
    const at = ctx.now.toISOString()
    const fresh: DeliveryRecord[] = ids
      .filter((id) => !existing.has(id))
      .map((subjectId) => ({
        subjectId,
        method: ctx.body.method,
        recordedBy: userId,
        recordedAt: at,
        ...(ctx.body.note ? { note: ctx.body.note } : {}),
      }))
    await recordDeliveries(ctx.deps.db, m.compoundId, m.meetingId, fresh)
    return { recorded: fresh.length, deliveries: await listDeliveries(ctx.deps.db, m.compoundId, m.meetingId) }
  }),
]
