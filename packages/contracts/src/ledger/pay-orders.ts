import { z } from 'zod'
import { Fen, Id, IsoTime, MAX_COUNTER, Seq } from '../common'
import { LedgerHash } from './entries'

/** Paying one's own bills with WeChat Pay (DOMAIN F12). The amount is never the client's: the server sums the bills. */
export const CreatePayOrderRequest = z.object({
  billIds: z
    .array(Id, { invalid_type_error: '请选择要缴的账单' })
    .min(1, '请至少选择一张账单')
    .max(24, '一次最多缴 24 张账单')
    .refine((ids) => new Set(ids).size === ids.length, '同一张账单选了两次'),
})

export const PayOrderState = z.enum(['open', 'paid', 'closed', 'expired'])
export type PayOrderState = z.infer<typeof PayOrderState>

/** The electronic receipt (电子收据) of a paid order: what was paid, when, and where it sits on the chain (F10). */
export const PayReceipt = z.object({
  receiptNo: Id,
  /** Masked as everywhere else (P1). */
  payer: z.string(),
  transactionId: z.string(),
  paidAt: IsoTime,
  totalFen: Fen,
  entries: z.array(z.object({ billId: Id, seq: Seq, hash: LedgerHash })),
  /** Paid twice by other means meanwhile: this much is refunded to the payer. */
  surplusFen: Fen,
})

/** A refund of a paid order (F12): asked by the property staff, approved by a committee member, done by WeChat Pay. */
export const PayRefundView = z.object({
  state: z.enum(['requested', 'sent', 'done']),
  reason: z.string(),
  requestedAt: IsoTime,
  approvedAt: IsoTime.optional(),
  refundFen: Fen,
})

export const PayRefundRequest = z.object({
  reason: z
    .string({ required_error: '请填写退款原因' })
    .trim()
    .min(2, '请填写退款原因')
    .max(100, '退款原因最多 100 字'),
})

export const PayOrderView = z.object({
  orderId: Id,
  state: PayOrderState,
  totalFen: Fen,
  createdAt: IsoTime,
  expiresAt: IsoTime,
  bills: z.array(z.object({ billId: Id, unitLabel: z.string(), period: z.string(), amountFen: Fen })),
  receipt: PayReceipt.optional(),
  refund: PayRefundView.optional(),
})
export type PayOrderView = z.infer<typeof PayOrderView>

/** What `Taro.requestPayment` takes, signed by the merchant; on H5 (no WeChat Pay) the local page that stands in. */
export const PayStart = z.object({
  order: PayOrderView,
  payment: z.object({
    timeStamp: z.string(),
    nonceStr: z.string(),
    package: z.string(),
    signType: z.literal('RSA'),
    paySign: z.string(),
  }),
  h5ConfirmUrl: z.string().url().optional(),
})

/** A day of WeChat Pay's trade bill (对账单) to check against the books (F4, F12). */
export const PayStatementRequest = z.object({
  date: z.string({ required_error: '请选择对账日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期（YYYY-MM-DD）'),
})

export const PayStatementCheck = z.object({
  date: z.string(),
  rows: z.number().int().min(0).max(MAX_COUNTER),
  matched: z.number().int().min(0).max(MAX_COUNTER),
  /** Payments the books had missed (a lost notification), posted now from WeChat Pay's own answer. */
  settled: z.number().int().min(0).max(MAX_COUNTER),
  flagged: z.array(
    z.object({
      outTradeNo: z.string(),
      transactionId: z.string(),
      amountFen: Fen,
      problem: z.enum(['unknown_order', 'not_in_books', 'amount_differs', 'refund_not_in_books', 'not_in_statement']),
    }),
  ),
  checkedAt: IsoTime,
})
export type PayStatementCheck = z.infer<typeof PayStatementCheck>
