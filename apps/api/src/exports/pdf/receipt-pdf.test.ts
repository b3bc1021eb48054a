import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PayOrderView } from '@jiayuan/contracts'
import { receiptPdf } from './receipt-pdf'
import { reportFont } from './report-font'

const font = reportFont(undefined)
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiayuan-receipt-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const HASH = 'ab'.repeat(32)
const paid = (over: Partial<PayOrderView> = {}): PayOrderView => ({
  orderId: 'PO2026120200017',
  state: 'paid',
  totalFen: 52_050,
  createdAt: '2026-12-02T01:00:00.000Z',
  expiresAt: '2026-12-02T01:30:00.000Z',
  bills: [
    { billId: 'b1', unitLabel: '1-1-101', period: '2026-12', amountFen: 26_025 },
    { billId: 'b2', unitLabel: '2-1-502', period: '2026-12', amountFen: 26_025 },
  ],
  receipt: {
    receiptNo: 'PO2026120200017',
    payer: '李**',
    transactionId: '4200001234202612021234567890',
    paidAt: '2026-12-02T01:02:03.000Z',
    totalFen: 52_050,
    entries: [
      { billId: 'b1', seq: 41, hash: HASH },
      { billId: 'b2', seq: 42, hash: 'cd'.repeat(32) },
    ],
    surplusFen: 0,
  },
  ...over,
})

async function text(order: PayOrderView, name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`)
  writeFileSync(file, await receiptPdf(order, '和谐家园', font))
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
}

describe('receiptPdf (F12): the electronic receipt as a file', () => {
  it('prints the payer masked, each bill, the total, the Beijing time and every ledger entry with its hash', async () => {
    const t = await text(paid(), 'paid')
    for (const line of [
      '物业服务费电子收据',
      'PO2026120200017',
      '李**',
      '4200001234202612021234567890',
      '2026年12月2日 09:02',
      '¥520.50',
      '1-1-101',
      '2-1-502',
      '2026-12 物业费',
      '¥260.25',
      '第 41 笔',
      '第 42 笔',
      '业主共有资金账户',
    ]) {
      expect(t).toContain(line)
    }
    // The hash may wrap inside its cell; joined again it is whole.
    expect(t.replace(/\s/g, '')).toContain(HASH)
    expect(t).not.toContain('〓')
    expect(t).not.toContain('退款')
  })

  it('says what a surplus is and prints a refund with its state', async () => {
    const base = paid()
    if (!base.receipt) throw new Error('the paid order has a receipt')
    const t = await text(
      {
        ...base,
        receipt: { ...base.receipt, totalFen: 26_025, surplusFen: 26_025 },
        refund: { state: 'sent', reason: '重复缴费', requestedAt: base.createdAt, refundFen: 26_025 },
      },
      'refund',
    )
    expect(t).toContain('原路退回')
    expect(t).toContain('已批准，等待微信支付退回')
    expect(t).toContain('重复缴费')
  })

  it('refuses an order WeChat Pay has not confirmed', async () => {
    await expect(receiptPdf(paid({ state: 'open', receipt: undefined }), '和谐家园', font)).rejects.toThrow(
      /no receipt/,
    )
  })
})
