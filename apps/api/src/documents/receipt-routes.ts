import { ledger } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { Conflict } from '@jiayuan/domain'
import { route } from '../http/route'
import { orderTheCallerMayRead, payOrderView, payerName } from '../ledger/pay-order-reading'

/**
 * The electronic receipt as a PDF (F12). Served by the documents function, which holds no merchant key: an order
 * WeChat Pay has not confirmed yet has no receipt to print (the receipt page asks the ledger, which settles it).
 */
export const receiptRoutes = [
  route(ledger.getPayReceiptPdf, async (ctx) => {
    const [order, compound, [{ receiptPdf }, { reportFont }]] = await Promise.all([
      orderTheCallerMayRead(ctx),
      getCompound(ctx.deps.db, ctx.params.compoundId),
      // pdfkit and fontkit are evaluated on the first document, not at the function's cold start.
      Promise.all([import('../exports/pdf/receipt-pdf'), import('../exports/pdf/report-font')]),
    ])
    const view = payOrderView(order, await payerName(ctx.deps, order.payerId), ctx.now)
    if (!view.receipt) throw new Conflict('ReceiptNotReady', '微信支付确认到账后才有电子收据，请稍后再下载')
    return {
      filename: `电子收据-${view.receipt.receiptNo}.pdf`,
      bytes: await receiptPdf(view, compound.name, reportFont(ctx.deps.config.REPORT_FONT_FILE)),
    }
  }),
]
