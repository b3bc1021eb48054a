import { neighbours } from '@jiayuan/contracts'
import { getCompound, getUser, listAsks, listServiceRecords } from '@jiayuan/db'
import { RuleViolation, type StoredAsk } from '@jiayuan/domain'
import { certificatePdf } from '../exports/pdf/certificate-pdf'
import { reportFont } from '../exports/pdf/report-font'
import { mustCaller, route } from '../http/route'

/** H1: a volunteer's records (keyed by ask, so never double-counted) and the certificate made from them. */
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

  route(neighbours.contributionCertificate, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const records = await listServiceRecords(ctx.deps.db, compoundId, userId)
    if (records.length === 0)
      throw new RuleViolation('NoRecordedHours', '服务记录：还没有组织方记录的服务时长，暂不能出具证明', [
        { field: 'records', message: '还没有组织方记录的服务时长' },
      ])
    const [compound, user] = await Promise.all([getCompound(ctx.deps.db, compoundId), getUser(ctx.deps.db, userId)])
    const volunteerName = user?.displayName ?? records[0]?.volunteerName ?? '—'
    const bytes = await certificatePdf(
      { volunteerName, compoundName: compound.name, records, issuedAt: ctx.now.toISOString() },
      reportFont(ctx.deps.config.REPORT_FONT_FILE),
    )
    return { filename: `${volunteerName}-志愿服务证明.pdf`, bytes }
  }),
]
