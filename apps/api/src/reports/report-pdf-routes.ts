import { reports } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { reportPdf } from '../exports/pdf/index'
import { route } from '../http/route'
import { latestPublished } from './report-routes'

/** The published report as a PDF; who may read it may download it, like the CSV export. */
export const reportPdfRoutes = [
  route(reports.exportReportPdf, async ({ params, deps }) => {
    const [report, compound] = await Promise.all([
      latestPublished(deps.db, params.compoundId, params.month),
      getCompound(deps.db, params.compoundId),
    ])
    return {
      filename: `report-${params.compoundId}-${report.month}-v${report.version}.pdf`,
      bytes: reportPdf(report, compound.name),
    }
  }),
]
