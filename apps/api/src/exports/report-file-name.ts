import type { MonthlyReport } from '@jiayuan/contracts'
import { monthText } from '@jiayuan/domain'

/** `2025-10` → `2025年10月物业月报`: the title on the page, in the PDF's document info and in the file name. */
export function reportTitle(month: string): string {
  return `${monthText(month)}物业月报`
}

/**
 * `和谐家园-2025年10月物业月报-第2版.csv`: the name Excel, the browser and WeChat show for a download (sent as
 * RFC 5987 `filename*`, see http/file-response.ts). Characters file systems refuse are dropped from the name.
 */
export function reportFileName(
  compoundName: string,
  report: Pick<MonthlyReport, 'month' | 'version'>,
  ext: 'csv' | 'pdf',
): string {
  const compound = compoundName.replace(/[\\/:*?"<>|\s]+/g, '')
  return `${compound}-${reportTitle(report.month)}-第${report.version}版.${ext}`
}
