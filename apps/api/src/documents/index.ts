import { certificateRoutes } from './certificate-routes'
import { posterRoutes } from './poster-routes'
import { receiptRoutes } from './receipt-routes'
import { reportPdfRoutes } from './report-pdf-routes'

/**
 * Route code of the documents context (issue 17): every answer that is a PDF — the monthly report, the lobby
 * poster, the electronic receipt, the volunteer certificate. pdfkit, the fontkit engine and the font (about 400 KB of code) live in this one
 * function, so the ledger and reports functions no longer parse them at each cold start.
 */
export const documentsRoutes = [...reportPdfRoutes, ...posterRoutes, ...receiptRoutes, ...certificateRoutes]
