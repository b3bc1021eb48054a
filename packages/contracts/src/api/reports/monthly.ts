import { CompoundParams } from '../../common'
import { COMPOUND_ROLES_ALL, FileBody, endpoint } from '../../endpoint'
import {
  MonthlyReport,
  PublishReportRequest,
  ReportList,
  ReportMonthParams,
  ReportVersionParams,
  UpdateNarrativeRequest,
} from '../../reports'
import { base, committee, context, editors } from './shared'

export const listReports = endpoint({
  id: 'reports.list',
  method: 'get',
  path: base,
  summary: 'Report versions, newest month first; residents see published versions, editors also drafts',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: ReportList,
})

export const draftReport = endpoint({
  id: 'reports.draft',
  method: 'post',
  path: `${base}/{month}/draft`,
  summary:
    "Draft (or refresh the figures of) the month's open draft from the system's data; after a publication, the draft of a correction",
  context,
  access: { kind: 'compound', roles: editors },
  params: ReportMonthParams,
  response: MonthlyReport,
})

export const getReport = endpoint({
  id: 'reports.get',
  method: 'get',
  path: `${base}/{month}`,
  summary: "The month's latest published version",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: ReportMonthParams,
  response: MonthlyReport,
})

export const exportReportCsv = endpoint({
  id: 'reports.csv',
  method: 'get',
  path: `${base}/{month}/csv`,
  summary: "The month's latest published version as a CSV file (UTF-8 with one BOM, opens in Excel; Beijing times)",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: ReportMonthParams,
  response: FileBody,
  produces: 'text/csv; charset=utf-8',
})

export const exportReportPdf = endpoint({
  id: 'reports.pdf',
  method: 'get',
  path: `${base}/{month}/pdf`,
  summary: "The month's latest published version as a PDF file (A4, with its charts; the Chinese font embedded)",
  // Every PDF is served by the documents function, which alone carries pdfkit and the font (issue 17).
  context: 'documents',
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: ReportMonthParams,
  response: FileBody,
  produces: 'application/pdf',
})

export const getReportVersion = endpoint({
  id: 'reports.version',
  method: 'get',
  path: `${base}/{month}/versions/{version}`,
  summary: 'One version; a draft only to editors (404 to others)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: ReportVersionParams,
  response: MonthlyReport,
})

export const updateNarrative = endpoint({
  id: 'reports.narrative',
  method: 'put',
  path: `${base}/{month}/versions/{version}/narrative`,
  summary: 'Edit the narrative of a draft; 409 once the version is published',
  context,
  access: { kind: 'compound', roles: committee },
  params: ReportVersionParams,
  body: UpdateNarrativeRequest,
  response: MonthlyReport,
})

export const publishReport = endpoint({
  id: 'reports.publish',
  method: 'post',
  path: `${base}/{month}/versions/{version}/publish`,
  summary: 'Publish a draft; a correction (version > 1) needs a change note; 409 if already published',
  context,
  access: { kind: 'compound', roles: committee },
  params: ReportVersionParams,
  body: PublishReportRequest,
  response: MonthlyReport,
})
