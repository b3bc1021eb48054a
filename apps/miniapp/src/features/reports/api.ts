import { reports } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadReportList = (compoundId: string) => call(reports.listReports, { params: { compoundId } }).then((r) => r.reports)

export const loadPublished = (compoundId: string, month: string) => call(reports.getReport, { params: { compoundId, month } })

export const exportReportCsv = (compoundId: string, month: string) => call(reports.exportReportCsv, { params: { compoundId, month } })
