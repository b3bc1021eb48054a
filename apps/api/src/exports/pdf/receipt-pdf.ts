import type { PayOrderView } from '@jiayuan/contracts'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import type { Font } from 'fontkit'
import { INK, PdfCanvas, SIZE } from './pdf-canvas'

/**
 * The electronic receipt (电子收据) as a file an owner keeps (F12): who paid (masked, P1), for which unit and
 * months, how much, when, and every ledger entry it made with its number and hash, so anyone holding the file
 * can find the payment on the owners' chain and check it (F10). Refunds are printed when there is one.
 */
export async function receiptPdf(
  order: PayOrderView,
  compoundName: string,
  font: Font,
): Promise<Uint8Array<ArrayBuffer>> {
  const r = order.receipt
  // The route refuses an unconfirmed order first (F12 posts only on WeChat Pay's word).
  if (!r) throw new Error(`order ${order.orderId} has no receipt yet`)
  const canvas = new PdfCanvas(font, { title: `电子收据 ${r.receiptNo}`, author: compoundName })
  canvas.centred(compoundName, SIZE.heading, INK.grey)
  canvas.gap(4)
  canvas.centred('物业服务费电子收据', SIZE.title)
  canvas.gap(14)
  canvas.table(
    [
      { header: '项目', share: 0.3 },
      { header: '内容', share: 0.7 },
    ],
    [
      ['收据编号', r.receiptNo],
      ['缴费人', r.payer],
      ['收款账户', '业主共有资金账户（信托制）'],
      ['支付方式', '微信支付'],
      ['微信支付单号', r.transactionId],
      ['支付时间（北京时间）', dateTimeText(r.paidAt)],
      ['实收金额', yuanText(r.totalFen)],
    ],
  )
  canvas.heading('缴费明细')
  canvas.table(
    [
      { header: '房屋', share: 0.3 },
      { header: '账期', share: 0.4 },
      { header: '金额', share: 0.3, align: 'right' },
    ],
    order.bills.map((b) => [b.unitLabel, `${b.period} 物业费`, yuanText(b.amountFen)]),
  )
  if (r.surplusFen > 0) {
    canvas.paragraph(`其中 ${yuanText(r.surplusFen)} 的账单已由其他方式缴清，这部分原路退回，不计入实收。`)
  }
  canvas.heading('账本记录')
  canvas.table(
    [
      { header: '账本序号', share: 0.18 },
      { header: '哈希（SHA-256）', share: 0.82 },
    ],
    r.entries.map((e) => [`第 ${e.seq} 笔`, e.hash]),
  )
  if (order.refund) {
    const refund = order.refund
    const state = { requested: '已申请，待业委会批准', sent: '已批准，等待微信支付退回', done: '已退回' }[refund.state]
    canvas.heading('退款')
    canvas.paragraph(`${yuanText(refund.refundFen)} · ${state} · 原因：${refund.reason}`)
  }
  canvas.gap(10)
  canvas.paragraph(
    '这笔缴费由微信支付的通知确认后记入小区账本。在「家园」小程序的账本中按序号打开这几笔记录，' +
      '或使用「全链验证」，可以核对上面的哈希。',
    SIZE.note,
    INK.grey,
  )
  return canvas.finish(`${compoundName} · 电子收据 ${r.receiptNo}`)
}
