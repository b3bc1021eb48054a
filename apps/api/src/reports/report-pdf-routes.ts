import { reports } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { reportFont, reportPdf } from '../exports/pdf/index'
import { reportFileName } from '../exports/report-file-name'
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
      filename: reportFileName(compound.name, report, 'pdf'),
      bytes: await reportPdf(report, compound.name, reportFont(deps.config.REPORT_FONT_FILE)),
    }
  }),
]
