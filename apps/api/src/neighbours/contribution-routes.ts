import { neighbours } from '@jiayuan/contracts'
import { listAsks, listServiceRecords } from '@jiayuan/db'
import type { StoredAsk } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

/** H1: a volunteer's records (keyed by ask, so never double-counted); the certificate is the documents context's. */
export const contributionRoutes = [
  route(neighbours.myContributions, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const [records, asks] = await Promise.all([
      listServiceRecords(ctx.deps.db, compoundId, userId),
      listAsks<StoredAsk & { [k: string]: unknown }>(ctx.deps.db, compoundId),
    ])
    const awaitingHours = asks.filter(
      (a) => a.claimerId === userId && a.minutes === undefined && (a.status === 'done' || a.status === 'confirmed'),
    ).length
    return { records, totalMinutes: records.reduce((sum, r) => sum + r.minutes, 0), awaitingHours }
  }),
]
