export { reportPdf } from './report-pdf'
export { reportFont } from './report-font'
