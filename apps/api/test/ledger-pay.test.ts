import { generateKeyPairSync } from 'node:crypto'
import { putMembership } from '@jiayuan/db'
import { shanghaiDate, verifyLedgerExport } from '@jiayuan/domain'
import { fetchLedgerExport } from '../../../scripts/verify-ledger'
import { signedNotification } from '../src/local/pay-notification'
import { decryptResource } from '../src/wechat/pay/pay-crypto'
import { startHarness, type Harness } from './harness'

let h: Harness
let staff: string
let owner: string
let offsetMs = 0
const apiV3Key = () => String(JSON.parse(h.deps.config.WECHAT_PAY_SECRET ?? '{}').apiV3Key)
const url = (path: string) => `/v1/compounds/${h.compoundId}/ledger${path}`
const fake = () => {
  if (!h.pay) throw new Error('no fake pay server')
  return h.pay
}

beforeAll(async () => {
  h = await startHarness({ pay: true, clock: () => new Date(Date.now() + offsetMs) })
  staff = (await h.login('staff')).token
  owner = (await h.login('owner')).token
  for (const period of ['2031-05', '2031-06', '2031-07', '2031-08', '2031-09']) {
    expect((await h.request('POST', url('/bills/generate'), { token: staff, body: { period } })).status).toBe(200)
  }
})
afterAll(async () => h.close())

const headSeq = async () => (await h.request('GET', url('/chain?limit=1'), { token: staff })).body.head.seq as number
const billsOf = async (token: string) =>
  (
    (await h.request('GET', url('/bills/mine'), { token })).body.units as Array<{
      unitId: string
      bills: Array<{ billId: string; period: string; status: string; amountFen: number; outstandingFen: number }>
    }>
  ).flatMap((u) => u.bills.map((b) => ({ ...b, unitId: u.unitId })))
const bill = async (token: string, unitId: string, period: string) => {
  const found = (await billsOf(token)).find((b) => b.unitId === unitId && b.period === period)
  if (!found) throw new Error(`no bill ${unitId} ${period}`)
  return found
}
const startPaying = (token: string, billIds: string[]) =>
  h.request('POST', url('/pay-orders'), { token, body: { billIds } })
const notify = (n: { headers: Record<string, string>; body: string }) =>
  fetch(`${h.url}/v1/pay/wechat/${h.compoundId}/notify`, { method: 'POST', headers: n.headers, body: n.body })

describe('paying bills with WeChat Pay (F12)', () => {
  it('an owner pays two bills; the notification posts one entry per bill, the bills are paid and the receipt opens', async () => {
    const a = await bill(owner, 'b1-1-101', '2031-05')
    const b = await bill(owner, 'b2-1-502', '2031-05')
    const before = await headSeq()
    const started = await startPaying(owner, [a.billId, b.billId])
    expect(started.status).toBe(201)
    expect(started.body.order).toMatchObject({ state: 'open', totalFen: a.amountFen + b.amountFen })
    expect(started.body.payment).toMatchObject({ signType: 'RSA', package: expect.stringMatching(/^prepay_id=wx/) })
    // Nothing is posted on the client's word: only WeChat Pay's notification posts.
    expect(await headSeq()).toBe(before)
    const orderId = started.body.order.orderId as string
    await fake().pay(orderId)
    expect(await headSeq()).toBe(before + 2)
    const order = await h.request('GET', url(`/pay-orders/${orderId}`), { token: owner })
    expect(order.body).toMatchObject({
      state: 'paid',
      receipt: { receiptNo: orderId, payer: '李**', totalFen: a.amountFen + b.amountFen, surplusFen: 0 },
    })
    expect(order.body.receipt.entries.map((e: { seq: number }) => e.seq).sort()).toEqual([before + 1, before + 2])
    expect((await bill(owner, 'b1-1-101', '2031-05')).status).toBe('paid')
    expect((await bill(owner, 'b2-1-502', '2031-05')).status).toBe('paid')
    // Every owner reads the line (F5), and the chain still verifies (F10).
    const other = (await h.login('committee')).token
    const lines = await h.request('GET', url(`/chain?limit=5`), { token: other })
    expect(lines.status).toBe(200)
    expect(verifyLedgerExport(await fetchLedgerExport(h.url, h.compoundId, other))).toMatchObject({ ok: true })
    // The same receipt as a PDF for the payer to keep (F12); an owner of another household may not read it.
    const pdf = await fetch(`${h.url}${url(`/pay-orders/${orderId}/receipt.pdf`)}`, {
      headers: { authorization: `Bearer ${owner}` },
    })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-')
    const neighbour = (await h.login('resident')).token
    expect((await h.request('GET', url(`/pay-orders/${orderId}/receipt.pdf`), { token: neighbour })).status).toBe(403)
    // Paying a paid bill again is refused, naming the field.
    const again = await startPaying(owner, [a.billId])
    expect(again).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.billIds.0' }] } } })
    expect(again.body.error.message).toContain('已缴清')
  })

  it('refuses an empty list, someone else’s bill and a repeated bill, in Chinese naming the field, writing nothing', async () => {
    const before = await headSeq()
    const empty = await startPaying(owner, [])
    expect(empty.status).toBe(400)
    expect(empty.body.error.details[0]).toMatchObject({ field: 'body.billIds', message: '请至少选择一张账单' })
    const theirs = await bill((await h.login('co-owner')).token, 'b1-1-301', '2031-06')
    const notMine = await startPaying(owner, [theirs.billId])
    expect(notMine.status).toBe(400)
    expect(notMine.body.error.details[0]).toMatchObject({ field: 'body.billIds.0' })
    expect(notMine.body.error.message).toContain('不是您名下')
    const mine = await bill(owner, 'b1-1-101', '2031-06')
    const twice = await startPaying(owner, [mine.billId, mine.billId])
    expect(twice.status).toBe(400)
    expect(await headSeq()).toBe(before)
    // Nothing held: the owner can still pay the bill.
    expect((await startPaying(owner, [mine.billId])).status).toBe(201)
  })

  it('a forged notification (bad signature, wrong amount, unknown order) is refused and posts nothing', async () => {
    const mine = await bill(owner, 'b2-1-502', '2031-06')
    const started = await startPaying(owner, [mine.billId])
    const orderId = started.body.order.orderId as string
    await fake().pay(orderId, { notify: false })
    const real = JSON.parse(
      decryptResource(apiV3Key(), JSON.parse(fake().notificationOf(orderId).body).resource),
    ) as Record<string, unknown>
    const before = await headSeq()
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const forged = signedNotification({
      platformKey: stranger,
      platformSerial: fake().platformSerial,
      apiV3Key: apiV3Key(),
      eventType: 'TRANSACTION.SUCCESS',
      resource: real,
    })
    const badSignature = await notify(forged)
    expect(badSignature.status).toBe(400)
    expect((await badSignature.json()).error.message).toContain('签名不符')
    const wrongAmount = await notify(fake().signed({ ...real, amount: { total: mine.amountFen - 1 } }))
    expect(wrongAmount.status).toBe(400)
    const unknown = await notify(fake().signed({ ...real, out_trade_no: 'JY20310101000000deadbeef' }))
    expect(unknown.status).toBe(400)
    const tampered = fake().notificationOf(orderId)
    expect((await notify({ ...tampered, body: tampered.body.replace('"id":"', '"id":"x') })).status).toBe(400)
    expect(await headSeq()).toBe(before)
    expect((await bill(owner, 'b2-1-502', '2031-06')).status).toBe('unpaid')
  })

  it('100 copies of one notification, all at once, post one entry', async () => {
    const mine = await bill(owner, 'b1-1-101', '2031-07')
    const orderId = (await startPaying(owner, [mine.billId])).body.order.orderId as string
    await fake().pay(orderId, { notify: false })
    const before = await headSeq()
    const note = fake().notificationOf(orderId)
    const answers = await Promise.all(Array.from({ length: 100 }, () => notify(note)))
    expect(answers.map((r) => r.status)).toEqual(Array(100).fill(200))
    expect(await headSeq()).toBe(before + 1)
    expect(await bill(owner, 'b1-1-101', '2031-07')).toMatchObject({ status: 'paid', outstandingFen: 0 })
  })

  it('a late notification is settled by asking WeChat Pay when the phone polls', async () => {
    const mine = await bill(owner, 'b2-1-502', '2031-07')
    const orderId = (await startPaying(owner, [mine.billId])).body.order.orderId as string
    const before = await headSeq()
    const receiptPdf = () => h.request('GET', url(`/pay-orders/${orderId}/receipt.pdf`), { token: owner })
    // Not paid yet: no receipt to download.
    expect(await receiptPdf()).toMatchObject({ status: 409, body: { error: { code: 'ReceiptNotReady' } } })
    await fake().pay(orderId, { notify: false })
    // The PDF is printed by the documents function, which holds no merchant key and so never asks WeChat Pay: until
    // the ledger has settled the order it answers that the receipt is not ready yet.
    expect(await receiptPdf()).toMatchObject({ status: 409, body: { error: { code: 'ReceiptNotReady' } } })
    expect(await headSeq()).toBe(before)
    // The receipt page reads the order first (the ledger asks WeChat Pay), so a paid order always has its file.
    expect((await h.request('GET', url(`/pay-orders/${orderId}`), { token: owner })).body.state).toBe('paid')
    expect((await receiptPdf()).status).toBe(200)
    expect(await headSeq()).toBe(before + 1)
    // The notification arriving afterwards changes nothing.
    expect(await fake().renotify(orderId)).toBe(200)
    expect(await headSeq()).toBe(before + 1)
  })

  it('two co-owners paying one bill at once: one order holds it, the other is told, and it is paid once', async () => {
    // 吴红 becomes co-owner of 张伟's 1-1-301 here (刘洋 in the demo roll has no login).
    const wu = await h.login('committee-2')
    const m = wu.memberships.find((x) => x.compoundId === h.compoundId)
    if (!m) throw new Error('no membership')
    await putMembership(h.deps.db, wu.user.userId, { ...m, unitIds: [...m.unitIds, 'b1-1-301'] })
    const zhang = (await h.login('co-owner')).token
    const shared = await bill(zhang, 'b1-1-301', '2031-08')
    const [x, y] = await Promise.all([startPaying(zhang, [shared.billId]), startPaying(wu.token, [shared.billId])])
    expect([x?.status, y?.status].sort()).toEqual([201, 409])
    const loser = x?.status === 409 ? x : y
    expect(loser?.body.error.message).toContain('另一位业主')
    const winner = x?.status === 201 ? x : y
    const before = await headSeq()
    await fake().pay(winner?.body.order.orderId)
    expect(await headSeq()).toBe(before + 1)
    expect((await startPaying(zhang, [shared.billId])).status).toBe(400)
    expect((await startPaying(wu.token, [shared.billId])).status).toBe(400)
    expect(await bill(zhang, 'b1-1-301', '2031-08')).toMatchObject({ status: 'paid', outstandingFen: 0 })
  })

  it('an order expires: its bill is free again, and the old order is closed so it can never be paid', async () => {
    const zhang = (await h.login('co-owner')).token
    const shared = await bill(zhang, 'b1-1-301', '2031-09')
    const first = (await startPaying(zhang, [shared.billId])).body.order.orderId as string
    offsetMs = 16 * 60_000
    try {
      expect((await h.request('GET', url(`/pay-orders/${first}`), { token: zhang })).body.state).toBe('closed')
      const second = await startPaying(zhang, [shared.billId])
      expect(second.status).toBe(201)
      await expect(fake().pay(first)).rejects.toThrow(/closed/)
    } finally {
      offsetMs = 0
    }
  })

  it('a refund asked by the staff and approved by the committee posts a reversal of each payment (F10), once', async () => {
    const mine = await bill(owner, 'b1-1-101', '2031-08')
    const orderId = (await startPaying(owner, [mine.billId])).body.order.orderId as string
    await fake().pay(orderId)
    const order = (await h.request('GET', url(`/pay-orders/${orderId}`), { token: owner })).body
    const paidSeq = order.receipt.entries[0].seq as number
    const committee = (await h.login('committee')).token
    const early = await h.request('POST', url(`/pay-orders/${orderId}/refund-approval`), { token: committee })
    expect(early.status).toBe(422)
    const noReason = await h.request('POST', url(`/pay-orders/${orderId}/refund-request`), { token: staff, body: {} })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.details[0]).toMatchObject({ field: 'body.reason', message: '请填写退款原因' })
    const asked = await h.request('POST', url(`/pay-orders/${orderId}/refund-request`), {
      token: staff,
      body: { reason: '业主重复缴费' },
    })
    expect(asked.body.refund).toMatchObject({ state: 'requested', refundFen: mine.amountFen })
    expect((await h.request('POST', url(`/pay-orders/${orderId}/refund-approval`), { token: staff })).status).toBe(403)
    const before = await headSeq()
    const approved = await h.request('POST', url(`/pay-orders/${orderId}/refund-approval`), { token: committee })
    expect(approved.body.refund).toMatchObject({ state: 'sent' })
    const waitDone = async () => {
      for (let i = 0; i < 50; i++) {
        const o = (await h.request('GET', url(`/pay-orders/${orderId}`), { token: owner })).body
        if (o.refund?.state === 'done') return o
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error('refund never done')
    }
    expect((await waitDone()).refund.state).toBe('done')
    expect(await headSeq()).toBe(before + 1)
    const reversal = await h.request('GET', url(`/chain?afterSeq=${before}&limit=1`), { token: staff })
    expect(reversal.body.entries[0]).toMatchObject({
      kind: 'reversal',
      memo: expect.stringContaining(`冲销第 ${paidSeq} 笔`),
    })
    expect(await bill(owner, 'b1-1-101', '2031-08')).toMatchObject({ status: 'unpaid', paidFen: 0 })
    // The refund notification again reverses nothing more; a second approval is refused.
    expect((await h.request('POST', url(`/pay-orders/${orderId}/refund-approval`), { token: committee })).status).toBe(
      409,
    )
    expect(await headSeq()).toBe(before + 1)
    expect(verifyLedgerExport(await fetchLedgerExport(h.url, h.compoundId, committee))).toMatchObject({ ok: true })
  })

  it("the day's trade bill (对账单) matches every order; a payment whose notification never came is settled by it", async () => {
    const mine = await bill(owner, 'b2-1-502', '2031-09')
    const orderId = (await startPaying(owner, [mine.billId])).body.order.orderId as string
    await fake().pay(orderId, { notify: false })
    const before = await headSeq()
    // Around Beijing midnight the day's payments span two bills: check both days.
    const days = [new Date(Date.now() - 86_400_000), new Date()].map((d) => shanghaiDate(d))
    const checks = []
    for (const date of days) {
      const res = await h.request('POST', url('/pay-statements'), { token: staff, body: { date } })
      expect(res.status).toBe(200)
      checks.push(res.body)
    }
    expect(checks.flatMap((c) => c.flagged)).toEqual([])
    expect(checks.reduce((n, c) => n + c.matched, 0)).toBe(checks.reduce((n, c) => n + c.rows, 0))
    expect(checks.reduce((n, c) => n + c.rows, 0)).toBeGreaterThanOrEqual(8)
    expect(checks.reduce((n, c) => n + c.settled, 0)).toBeGreaterThanOrEqual(1)
    expect(await headSeq()).toBeGreaterThan(before)
    expect((await bill(owner, 'b2-1-502', '2031-09')).status).toBe('paid')
    const bad = await h.request('POST', url('/pay-statements'), { token: staff, body: { date: '12-02' } })
    expect(bad.body.error.details[0]).toMatchObject({ field: 'body.date' })
    expect((await h.request('POST', url('/pay-statements'), { token: owner, body: { date: days[1] } })).status).toBe(
      403,
    )
  })
})
