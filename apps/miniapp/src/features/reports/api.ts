import { fillPath, reports, type ReportNarrative } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import { downloadApiFile } from '../../lib/download-file'

export const loadReportList = (compoundId: string) =>
  call(reports.listReports, { params: { compoundId } }).then((r) => r.reports)

export const loadPublished = (compoundId: string, month: string) =>
  call(reports.getReport, { params: { compoundId, month } })

/** The PDF and the CSV are files, not JSON: downloaded with the token rather than through call(). */
export const downloadReport = (compoundId: string, month: string, type: 'pdf' | 'csv') =>
  downloadApiFile(
    fillPath((type === 'pdf' ? reports.exportReportPdf : reports.exportReportCsv).path, { compoundId, month }),
    `物业月报-${month}.${type}`,
    type,
  )

/** A signed link for people outside the app, valid for `days`; the key makes a retried tap the same link. */
export const createShareLink = (compoundId: string, month: string, days: number, idempotencyKey: string) =>
  call(reports.createReportShare, { params: { compoundId, month }, body: { days, idempotencyKey } })

/** What a share link shows: no login, personal data masked by the API. */
export const loadSharedReport = (token: string) => call(reports.getSharedReport, { params: { token } })

/** The month's open draft; a new one (or the draft of a correction) is made on the server when there is none. */
export const draftMonth = (compoundId: string, month: string) =>
  call(reports.draftReport, { params: { compoundId, month } })

export const loadVersion = (compoundId: string, month: string, version: number) =>
  call(reports.getReportVersion, { params: { compoundId, month, version } })

export const saveNarrative = (compoundId: string, month: string, version: number, narrative: ReportNarrative) =>
  call(reports.updateNarrative, { params: { compoundId, month, version }, body: { narrative } })

export const publishVersion = (compoundId: string, month: string, version: number, changeNote?: string) =>
  call(reports.publishReport, { params: { compoundId, month, version }, body: changeNote ? { changeNote } : {} })
