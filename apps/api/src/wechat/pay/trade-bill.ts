/** One line of WeChat Pay's daily trade bill (交易账单), the fields reconciliation needs. */
export interface TradeBillRow {
  time: string
  transactionId: string
  outTradeNo: string
  state: 'SUCCESS' | 'REFUND' | 'REVOKED'
  /** 应结订单金额 for a payment, 退款金额 for a refund, in fen. */
  amountFen: number
  outRefundNo?: string
}

const fen = (yuan: string) => Math.round(Number(yuan) * 100)

/**
 * Reads the CSV WeChat Pay gives for `GET /v3/bill/tradebill` (bill_type ALL): a header row, one row per
 * payment or refund with every cell prefixed by a backtick, then a summary header and line. Columns are found
 * by their Chinese headers, so a column WeChat Pay adds later does not shift the reading.
 */
export function readTradeBill(csv: string): TradeBillRow[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
  const header = (lines[0] ?? '').split(',').map((h) => h.trim())
  const col = (name: string) => {
    const at = header.indexOf(name)
    if (at < 0) throw new Error(`trade bill has no column ${name}`)
    return at
  }
  const idx = {
    time: col('交易时间'),
    transactionId: col('微信订单号'),
    outTradeNo: col('商户订单号'),
    state: col('交易状态'),
    settled: col('应结订单金额'),
    refund: col('退款金额'),
    outRefundNo: col('商户退款单号'),
  }
  const rows: TradeBillRow[] = []
  for (const line of lines.slice(1)) {
    if (line.startsWith('总交易单数')) break
    const cells = line.split(',').map((c) => c.replace(/^`/, '').trim())
    const cell = (i: number) => cells[i] ?? ''
    const state = cell(idx.state) as TradeBillRow['state']
    rows.push({
      time: cell(idx.time),
      transactionId: cell(idx.transactionId),
      outTradeNo: cell(idx.outTradeNo),
      state,
      amountFen: fen(state === 'REFUND' ? cell(idx.refund) : cell(idx.settled)),
      ...(cell(idx.outRefundNo) && cell(idx.outRefundNo) !== '0' ? { outRefundNo: cell(idx.outRefundNo) } : {}),
    })
  }
  return rows
}
