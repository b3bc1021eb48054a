import { assembly, type Role } from '@jiayuan/contracts'
import { listObjections, type MeetingRecord } from '@jiayuan/db'
import { Conflict, quorumShortfall } from '@jiayuan/domain'
import { route } from '../http/route'
import { buildHeader, listPage, publicHeader, sealedLog } from './ballot-list'
import { liveCount } from './meter'
import { checkReceiptPoint } from './receipt-check'
import { isCommittee, loadMeeting, refuseOnPlatform } from './load'

/** Owners see the result and the list once the committee publishes it; the committee and community from close. */
function assertPublished(m: MeetingRecord, roles: readonly Role[]): void {
  const published = m.status === 'preliminary' || m.status === 'final'
  const reviewer = isCommittee(roles) || roles.includes('community_admin')
  if (!published && !(m.status === 'closed' && reviewer)) throw new Conflict('ResultNotPublished', '结果尚未公布')
}

export const resultRoutes = [
  route(assembly.turnout, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    if (m.status === 'draft' || m.status === 'noticed') throw new Conflict('VotingNotOpen', '投票尚未开始')
    const totals = m.totals ?? { totalArea: 0, totalHeads: 0 }
    const sealed = m.results !== undefined
    // While voting runs the meter shows a count at most METER_TTL_MS old (aggregates only); once sealed, the result.
    const { results, asOf } = m.results
      ? { results: m.results, asOf: ctx.now.toISOString() }
      : await liveCount(ctx.deps, m, ctx.now)
    return {
      meetingId: m.meetingId,
      status: m.status,
      asOf,
      sealed,
      motions: results.map((r) => ({
        ...r,
        quorumShortfall: quorumShortfall(r.raw, totals.totalArea, totals.totalHeads),
      })),
    }
  }),

  route(assembly.getResult, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    assertPublished(m, ctx.member.roles)
    const { ballotLog, results, closedAt } = sealedLog(m)
    const objections = await listObjections(ctx.deps.db, m.compoundId, m.meetingId)
    return {
      meetingId: m.meetingId,
      status: m.status as 'closed' | 'preliminary' | 'final',
      rollHash: m.rollHash ?? '',
      totals: m.totals ?? { totalArea: 0, totalHeads: 0 },
      ballotLog,
      motions: results,
      followMajority: { ...(m.rules?.followMajority ?? { enabled: false }), delivered: m.deliveredCount ?? 0 },
      closedAt,
      ...(m.preliminaryAt ? { preliminaryAt: m.preliminaryAt } : {}),
      ...(m.objectionDeadline ? { objectionDeadline: m.objectionDeadline } : {}),
      objections: objections.length,
      ...(m.finalAt ? { finalAt: m.finalAt } : {}),
      ...(m.finalNote ? { finalNote: m.finalNote } : {}),
    }
  }),

  route(assembly.ballotList, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    assertPublished(m, ctx.member.roles)
    return listPage(ctx.deps, m, ctx.query, async () => publicHeader(await buildHeader(ctx.deps, m)))
  }),

  route(assembly.checkReceipt, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    assertPublished(m, ctx.member.roles)
    return checkReceiptPoint(ctx.deps, m, ctx.params.receipt)
  }),

  route(assembly.exportMeeting, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    return listPage(ctx.deps, m, ctx.query, () => buildHeader(ctx.deps, m))
  }),
]
