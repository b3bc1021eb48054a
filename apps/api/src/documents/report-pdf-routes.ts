import { reports } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { reportFileName } from '../exports/report-file-name'
import { route } from '../http/route'
import { latestPublished } from '../reports/latest-published'

/** The published report as a PDF; who may read it may download it, like the CSV export. */
export const reportPdfRoutes = [
  route(reports.exportReportPdf, async ({ params, deps }) => {
    const [report, compound, [{ reportPdf }, { reportFont }]] = await Promise.all([
      latestPublished(deps.db, params.compoundId, params.month),
      getCompound(deps.db, params.compoundId),
      // pdfkit and fontkit are evaluated on the first document, not at the function's cold start.
      Promise.all([import('../exports/pdf/report-pdf'), import('../exports/pdf/report-font')]),
    ])
    return {
      filename: reportFileName(compound.name, report, 'pdf'),
      bytes: await reportPdf(report, compound.name, reportFont(deps.config.REPORT_FONT_FILE)),
    }
  }),
]
