import { neighbours } from '@jiayuan/contracts'
import { getCompound, getUser, listServiceRecords } from '@jiayuan/db'
import { RuleViolation } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

/** H1: the certificate of a volunteer's recorded hours (who, what, when, hours), printed from their records. */
export const certificateRoutes = [
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
    // pdfkit and fontkit are evaluated on the first document, not at the function's cold start.
    const [{ certificatePdf }, { reportFont }] = await Promise.all([
      import('../exports/pdf/certificate-pdf'),
      import('../exports/pdf/report-font'),
    ])
    const bytes = await certificatePdf(
      { volunteerName, compoundName: compound.name, records, issuedAt: ctx.now.toISOString() },
      reportFont(ctx.deps.config.REPORT_FONT_FILE),
    )
    return { filename: `${volunteerName}-志愿服务证明.pdf`, bytes }
  }),
]
