// Endpoints of paying bills in the app with WeChat Pay (DOMAIN F12).
import { z } from 'zod'
import { FileBody, endpoint } from '../../endpoint'
import { CompoundParams, Id } from '../../common'
import {
  CreatePayOrderRequest,
  PayOrderView,
  PayRefundRequest,
  PayStart,
  PayStatementCheck,
  PayStatementRequest,
} from '../../ledger'
import { committee, context, base, staff } from './shared'

const OrderParams = CompoundParams.extend({ orderId: Id })

export const createPayOrder = endpoint({
  id: 'ledger.payOrders.create',
  method: 'post',
  path: `${base}/pay-orders`,
  summary: "Start paying one or several of one's own unpaid bills with WeChat Pay; the server sums the amount",
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: CompoundParams,
  body: CreatePayOrderRequest,
  response: PayStart,
  status: 201,
})

export const getPayOrder = endpoint({
  id: 'ledger.payOrders.get',
  method: 'get',
  path: `${base}/pay-orders/{orderId}`,
  summary: 'An order and, once WeChat Pay confirmed it, its electronic receipt; asks WeChat Pay when still open',
  context,
  access: { kind: 'compound', roles: ['owner', 'committee_member', 'property_staff'] },
  params: OrderParams,
  response: PayOrderView,
})

/** The same receipt as a PDF file to keep or forward (F12): the payer, the household and the staff who may read it. */
export const getPayReceiptPdf = endpoint({
  id: 'ledger.payOrders.receiptPdf',
  method: 'get',
  path: `${base}/pay-orders/{orderId}/receipt.pdf`,
  summary: 'The electronic receipt of a paid order as a PDF (A4, the Chinese font embedded, the ledger hashes printed)',
  // Every PDF is served by the documents function, which alone carries pdfkit and the font (issue 17).
  context: 'documents',
  access: { kind: 'compound', roles: ['owner', 'committee_member', 'property_staff'] },
  params: OrderParams,
  response: FileBody,
  produces: 'application/pdf',
})

/** Money out of the account (F3): the property staff ask for a paid order's refund, a committee member approves. */
export const requestPayRefund = endpoint({
  id: 'ledger.payOrders.refundRequest',
  method: 'post',
  path: `${base}/pay-orders/{orderId}/refund-request`,
  summary: 'Ask for the refund of a paid order, with the reason (property staff)',
  context,
  access: { kind: 'compound', roles: staff },
  params: OrderParams,
  body: PayRefundRequest,
  response: PayOrderView,
})

export const approvePayRefund = endpoint({
  id: 'ledger.payOrders.refundApprove',
  method: 'post',
  path: `${base}/pay-orders/{orderId}/refund-approval`,
  summary: 'Approve a refund asked for (a committee member, never the asker); WeChat Pay then refunds',
  context,
  access: { kind: 'compound', roles: committee },
  params: OrderParams,
  response: PayOrderView,
})

export const checkPayStatement = endpoint({
  id: 'ledger.payStatements.check',
  method: 'post',
  path: `${base}/pay-statements`,
  summary: "Fetch a day's WeChat Pay trade bill and check every payment and refund against the books",
  context,
  access: { kind: 'compound', roles: staff },
  params: CompoundParams,
  body: PayStatementRequest,
  response: PayStatementCheck,
})

/** WeChat Pay's notifications (payment, refund): trusted only by their signature, never by the caller. */
export const payNotify = endpoint({
  id: 'ledger.payOrders.notify',
  method: 'post',
  path: '/v1/pay/wechat/{compoundId}/notify',
  summary: "WeChat Pay's signed, encrypted notification of a payment or refund (posts the ledger entries)",
  context,
  access: { kind: 'public' },
  params: CompoundParams,
  body: z.object({ id: z.string(), event_type: z.string() }).passthrough(),
  response: z.object({}),
})
