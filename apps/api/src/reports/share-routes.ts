import { createHash } from 'node:crypto'
import { reports } from '@jiayuan/contracts'
import { getCompound, getReportShare, putReportShare } from '@jiayuan/db'
import { checkShareLive, publicReport, shareExpiry, shareLinkInvalid } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { latestPublished } from './latest-published'
import { expiresAtOf, signShareToken, verifyShareToken } from './share-token'

/** The same person retrying with the same key names the same link. */
const shareIdOf = (compoundId: string, userId: string, key: string) =>
  createHash('sha256').update(`${compoundId}\n${userId}\n${key}`).digest('base64url').slice(0, 22)

/**
 * Share links (D3): the committee or the property company hands a published month to owners' WeChat groups,
 * where not everyone has the app. The link is signed and expires; opening it needs no login and shows the
 * report masked (P1). Each link made is kept with its event, and a link is honoured only while its record is.
 */
export const shareRoutes = [
  route(reports.createReportShare, async (ctx) => {
    const { compoundId, month } = ctx.params
    const report = await latestPublished(ctx.deps.db, compoundId, month)
    const userId = mustCaller(ctx).userId
    const share = await putReportShare(ctx.deps.db, {
      compoundId,
      shareId: shareIdOf(compoundId, userId, ctx.body.idempotencyKey),
      month,
      version: report.version,
      createdBy: userId,
      createdAt: ctx.now.toISOString(),
      validUntil: shareExpiry(ctx.body.days, ctx.now),
    })
    const claims = { s: share.shareId, c: compoundId, m: month, e: Math.floor(Date.parse(share.validUntil) / 1000) }
    return { token: signShareToken(await ctx.deps.shareLinkSecret(), claims), month, expiresAt: expiresAtOf(claims) }
  }),

  route(reports.getSharedReport, async ({ params, deps, now }) => {
    const claims = verifyShareToken(await deps.shareLinkSecret(), params.token)
    const expiresAt = expiresAtOf(claims)
    checkShareLive(expiresAt, now)
    const share = await getReportShare(deps.db, claims.c, claims.s)
    if (!share || share.month !== claims.m) throw shareLinkInvalid()
    const [report, compound] = await Promise.all([
      latestPublished(deps.db, claims.c, claims.m),
      getCompound(deps.db, claims.c),
    ])
    return { compoundName: compound.name, report: publicReport(report), expiresAt }
  }),
]
