import { endpoint } from '../../endpoint'
import {
  CreateReportShareRequest,
  ReportMonthParams,
  ReportShareLink,
  SharedReport,
  SharedReportParams,
} from '../../reports'
import { base, context, editors } from './shared'

export const createReportShare = endpoint({
  id: 'reports.share.create',
  method: 'post',
  path: `${base}/{month}/share`,
  summary: "A signed link to the month's latest published version for people outside the app, valid 1–30 days",
  context,
  access: { kind: 'compound', roles: editors },
  params: ReportMonthParams,
  body: CreateReportShareRequest,
  response: ReportShareLink,
  status: 201,
})

export const getSharedReport = endpoint({
  id: 'reports.shared.get',
  method: 'get',
  path: '/v1/shared-reports/{token}',
  summary:
    'The published report a share link names, masked, without login; 404 when the link is altered, 422 once expired',
  context,
  access: { kind: 'public' },
  params: SharedReportParams,
  response: SharedReport,
})
