import { disclosureRoutes } from './disclosure-routes'
import { evaluationRoutes } from './evaluation-routes'
import { reportRoutes } from './report-routes'
import { shareRoutes } from './share-routes'

export { runReportDraft } from './draft-job'
export { draftReport } from './draft'

/**
 * Route code of the reports context: monthly report (D3) with its exports and share links, disclosure board (D1,
 * D2), quarterly evaluation. Its PDFs (the report, the lobby poster) are served by the documents context.
 */
export const reportsRoutes = [...reportRoutes, ...shareRoutes, ...disclosureRoutes, ...evaluationRoutes]
