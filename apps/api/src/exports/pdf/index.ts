export { fromUtf16Hex, utf16Hex, wrapText } from './text'
export { writePdf, type PdfDocument, type PdfPage } from './pdf-file'
export { layoutBlocks, type Block, type TableColumn } from './layout'
export { reportPdf, reportTitle } from './report-pdf'
