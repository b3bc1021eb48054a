import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import { CompoundParams } from '../common'
import { StreetParams } from '../above'
import {
  CompanyDesk,
  CompanyParams,
  CompoundCompany,
  IssueNoticeRequest,
  NoticeParams,
  ReinspectRequest,
  RectListQuery,
  RectSweepRequest,
  RectSweepSummary,
  RectificationList,
  RectificationView,
  ReplyNoticeRequest,
  SetCompanyRequest,
} from '../rectification'
import { UploadRequest, UploadTicket } from '../upload'

// Rectification notices (整改通知单, DOMAIN S3, G4). Issued and re-inspected by the street's staff or the
// community admin; answered by the property company's users (`company`: users of the company linked to the
// compound); read by every member of the compound. Ids and paths are part of the public API and never change.

const context = 'rectification'
const base = '/v1/compounds/{compoundId}/rectifications'
const issuers = { kind: 'compound', roles: ['community_admin'], street: true } as const
const readers = { kind: 'compound', roles: COMPOUND_ROLES_ALL, street: true, company: true } as const

export const listNotices = endpoint({
  id: 'rectification.list',
  method: 'get',
  path: base,
  summary: 'A compound’s rectification notices (open, overdue, closed); residents read them with personal data masked',
  context,
  access: readers,
  params: CompoundParams,
  query: RectListQuery,
  response: RectificationList,
})

export const getNotice = endpoint({
  id: 'rectification.get',
  method: 'get',
  path: `${base}/{noticeId}`,
  summary: 'One notice with its whole trail: evidence, the company’s reply, re-inspections and cards',
  context,
  access: readers,
  params: NoticeParams,
  response: RectificationView,
})

export const issueNotice = endpoint({
  id: 'rectification.issue',
  method: 'post',
  path: base,
  summary:
    'Issue a notice to the compound’s property company: item, evidence photos, severity → deadline (24 h, or ' +
    '7–30 days), optionally a resident’s report as evidence; 422 when the compound has no company linked',
  context,
  access: issuers,
  params: CompoundParams,
  body: IssueNoticeRequest,
  response: RectificationView,
  status: 201,
})

export const replyNotice = endpoint({
  id: 'rectification.reply',
  method: 'post',
  path: `${base}/{noticeId}/reply`,
  summary: 'The property company replies with after-photos and a note; 409 when it is not awaiting a reply',
  context,
  access: { kind: 'compound', roles: [], company: true },
  params: NoticeParams,
  body: ReplyNoticeRequest,
  response: RectificationView,
})

export const reinspectNotice = endpoint({
  id: 'rectification.reinspect',
  method: 'post',
  path: `${base}/{noticeId}/reinspect`,
  summary:
    '回头看 by the issuing side: passed closes the notice, failed reopens it with a new deadline and a reason; ' +
    '409 before the company has replied',
  context,
  access: issuers,
  params: NoticeParams,
  body: ReinspectRequest,
  response: RectificationView,
})

export const noticeUpload = endpoint({
  id: 'rectification.upload',
  method: 'post',
  path: `${base}/uploads`,
  summary: 'A presigned PUT for an evidence photo (issuer) or an after-photo (the company)',
  context,
  access: { kind: 'compound', roles: ['community_admin'], street: true, company: true },
  params: CompoundParams,
  body: UploadRequest,
  response: UploadTicket,
  status: 201,
})

export const getCompoundCompany = endpoint({
  id: 'rectification.company.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}/company',
  summary: 'The property company linked to the compound, and the companies of its street to choose from',
  context,
  access: issuers,
  params: CompoundParams,
  response: CompoundCompany,
})

export const setCompoundCompany = endpoint({
  id: 'rectification.company.set',
  method: 'put',
  path: '/v1/compounds/{compoundId}/company',
  summary: 'Link the compound to a property company (an existing one, or a new one by name), with a reason',
  context,
  access: issuers,
  params: CompoundParams,
  body: SetCompanyRequest,
  response: CompoundCompany,
})

export const streetNotices = endpoint({
  id: 'rectification.street.list',
  method: 'get',
  path: '/v1/streets/{streetId}/rectifications',
  summary: 'Every notice in the street’s compounds, for its staff',
  context,
  access: { kind: 'street' },
  params: StreetParams,
  query: RectListQuery,
  response: RectificationList,
})

export const companyDesk = endpoint({
  id: 'rectification.company.desk',
  method: 'get',
  path: '/v1/companies/{companyId}/rectifications',
  summary: 'The company’s 整改工作台: the notices of all its compounds and its 四色 status',
  context,
  access: { kind: 'company' },
  params: CompanyParams,
  query: RectListQuery,
  response: CompanyDesk,
})

export const devRectSweep = endpoint({
  id: 'rectification.dev.sweep',
  method: 'post',
  path: '/v1/dev/rectification/sweep',
  summary: 'Run the rectification sweep as if the clock read `at` (local runs and journeys only)',
  context,
  access: { kind: 'dev' },
  body: RectSweepRequest,
  response: RectSweepSummary,
})
