import { z } from 'zod'
import { COMPOUND_ROLES_ALL, FileBody, endpoint } from '../endpoint'
import { CompoundParams, IsoTime } from '../common'
import { TicketView } from '../tickets'
import {
  DisclosureBoard,
  DisclosureItem,
  DisclosureObjection,
  DisclosureObjectionList,
  DisclosureParams,
  DisclosureUpdate,
  EvaluationReceipt,
  EvaluationRequest,
  EvaluationScores,
  EvaluationSummary,
  MonthlyReport,
  ObjectionRequest,
  PublishReportRequest,
  Quarter,
  QuarterParams,
  ReportCsv,
  ReportList,
  ReportMonthParams,
  ReportVersionParams,
  UpdateNarrativeRequest,
} from '../reports'

// Endpoints of the reports context: monthly report (D3), disclosure board (D1, D2), quarterly evaluation.
// Residents read what is published; the committee drafts, edits and publishes.

const context = 'reports'
const base = '/v1/compounds/{compoundId}/reports'
const editors = ['committee_member', 'property_staff'] as const
const committee = ['committee_member'] as const

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
  summary: "Draft (or refresh the figures of) the month's open draft from the system's data; after a publication, the draft of a correction",
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
  summary: "The month's latest published version as CSV (UTF-8 with BOM, opens in Excel)",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: ReportMonthParams,
  response: ReportCsv,
})

export const exportReportPdf = endpoint({
  id: 'reports.pdf',
  method: 'get',
  path: `${base}/{month}/pdf`,
  summary: "The month's latest published version as a PDF file (A4, Chinese in the reader's standard Song font)",
  context,
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

const disclosure = '/v1/compounds/{compoundId}/disclosure'

export const getDisclosureBoard = endpoint({
  id: 'reports.disclosure.board',
  method: 'get',
  path: disclosure,
  summary: 'The disclosure board (四公开一监督): every fixed section with last update, frequency and staleness',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: DisclosureBoard,
})

export const listObjections = endpoint({
  id: 'reports.disclosure.objections',
  method: 'get',
  path: `${disclosure}/objections`,
  summary: 'Objections to disclosed items with their tickets and reply-by deadlines, newest first',
  context,
  access: { kind: 'compound', roles: editors },
  params: CompoundParams,
  response: DisclosureObjectionList,
})

export const updateDisclosure = endpoint({
  id: 'reports.disclosure.update',
  method: 'put',
  path: `${disclosure}/{section}`,
  summary: "Replace a section's content; the previous version is kept; 409 on a stale expectedVersion",
  context,
  access: { kind: 'compound', roles: editors },
  params: DisclosureParams,
  body: DisclosureUpdate,
  response: DisclosureItem,
})

export const objectToDisclosure = endpoint({
  id: 'reports.disclosure.object',
  method: 'post',
  path: `${disclosure}/{section}/objections`,
  summary: 'An owner objects to a disclosed item (D2): it becomes a ticket with a reply-by deadline',
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: DisclosureParams,
  body: ObjectionRequest,
  response: z.object({ objection: DisclosureObjection, ticket: TicketView }),
  status: 201,
})

const evaluations = '/v1/compounds/{compoundId}/evaluations'

export const rateService = endpoint({
  id: 'reports.evaluation.rate',
  method: 'post',
  path: evaluations,
  summary: "Rate the property service for the current quarter; once per person per quarter (a repeat returns the first)",
  context,
  access: { kind: 'compound', roles: ['resident', 'owner'] },
  params: CompoundParams,
  body: EvaluationRequest,
  response: EvaluationReceipt,
  status: 201,
})

export const currentEvaluation = endpoint({
  id: 'reports.evaluation.current',
  method: 'get',
  path: evaluations,
  summary: "The current quarter (by the server's clock): the caller's own rating if any, and the quarter's aggregate",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: z.object({
    quarter: Quarter,
    /** Only the caller's own rating; nobody else's is ever answered (P3). */
    mine: z.object({ scores: EvaluationScores, at: IsoTime }).nullable(),
    summary: EvaluationSummary,
  }),
})

export const evaluationSummary = endpoint({
  id: 'reports.evaluation.summary',
  method: 'get',
  path: `${evaluations}/{quarter}`,
  summary: "A quarter's score, components and board (红灰黑榜), aggregate only",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: QuarterParams,
  response: EvaluationSummary,
})
