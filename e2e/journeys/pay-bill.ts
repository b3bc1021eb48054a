import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { api } from '../api'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { pickDay } from '../pickers'
import { logInAs, tapAction, tapButton } from '../steps'

export const needsBooks = true

const COMPOUND = 'c-hexie'

const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)

/**
 * 孙丽 issues this month's bills. 李建国 opens 我的账单, ticks this month's bills of his two flats, taps 去缴费
 * and confirms on the WeChat Pay sheet (on H5 the local stand-in page). Back in the app the order waits for
 * WeChat Pay's word, then his electronic receipt opens with the two ledger entries, and both bills read 已缴.
 * 周明, another owner, finds the two payments on the 账本 tab, and the whole chain still verifies. 李建国 keeps the
 * receipt as a PDF. He had paid at the office too: 孙丽 asks for the refund, 周明 approves it, WeChat Pay's refund
 * reverses the payments, and 孙丽's check of the day's WeChat Pay trade bill finds nothing out of line.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const month = thisMonth()
  const login = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId: 'staff' }),
  })
  const { token } = (await login.json()) as { token: string }
  await api(baseUrl, token, 'POST', `/v1/compounds/${COMPOUND}/ledger/bills/generate`, { period: month })

  const owner = page
  await logInAs(owner, baseUrl, '李建国')
  await tapAction(owner, '我的账单')
  for (const flat of ['1-1-101', '2-1-502']) {
    const unit = await seeLocator(owner.locator('.my-bill-unit:visible', { hasText: flat }), `his flat ${flat}`)
    const bill = await seeLocator(
      unit.locator('.my-bill', { hasText: `${month} 物业费` }),
      `this month's bill of ${flat}`,
    )
    await seeTextIn(bill, '未缴')
    await bill.click()
    await seeLocator(bill.locator('.bill-check--on'), `the tick on ${flat}`)
  }
  await seeText(owner, /已选 2 张，共 ¥[\d,]+\.\d{2}/)
  await owner.locator('.pay-bar').scrollIntoViewIfNeeded()
  await shot(owner, 'bills-chosen')
  await tapButton(owner, 'pay-bar__go')

  // The WeChat Pay sheet's stand-in (a local run has no WeChat): the payee is the owners' own account.
  await seeText(owner, '确认支付')
  await seeText(owner, '业主共有资金账户')
  await shot(owner, 'wechat-pay-confirm')
  await owner.locator('button', { hasText: '确认支付' }).click()

  const receipt = await seeLocator(owner.locator('.receipt:visible'), 'the receipt')
  await seeTextIn(receipt, '电子收据')
  await seeTextIn(receipt, '已付入业主共有资金账户')
  await seeTextIn(receipt, '已缴')
  await seeTextIn(receipt, '李**')
  await seeTextIn(receipt, '1-1-101')
  await seeTextIn(receipt, '2-1-502')
  await seeLocator(receipt.locator('.receipt-entry').nth(1), 'two ledger entries on the receipt')
  await shot(owner, 'receipt')
  // The receipt as a file to keep: a PDF with the same order number.
  const [download] = await Promise.all([owner.waitForEvent('download'), tapButton(owner, 'receipt-pdf')])
  check(/^电子收据-.+\.pdf$/.test(download.suggestedFilename()), `a receipt PDF, got ${download.suggestedFilename()}`)
  const pdf = readFileSync((await download.path()) ?? '')
  check(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the download is a PDF')
  await seeText(owner, '已下载')

  await tapButton(owner, 'receipt-back')
  for (const flat of ['1-1-101', '2-1-502']) {
    const unit = await seeLocator(owner.locator('.my-bill-unit:visible', { hasText: flat }), `his flat ${flat}`)
    await seeTextIn(unit.locator('.my-bill', { hasText: `${month} 物业费` }), '已缴')
    await seeLocator(unit.locator('.my-payment', { hasText: '电子收据' }), `the receipt link under ${flat}`)
  }
  await shot(owner, 'bills-paid')

  // Elder mode: the same receipt, large.
  await owner.goto(`${baseUrl}/#/pages/index/index`)
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'elder mode on')
  await tapAction(owner, '我的账单')
  const paidUnit = await seeLocator(
    owner.locator('.my-bill-unit:visible', { hasText: '1-1-101' }),
    'his flat in elder mode',
  )
  await seeTextIn(paidUnit, '已缴')
  await shot(owner, 'bills-paid-elder')
  const link = await seeLocator(
    owner.locator('.my-bill-unit:visible .my-payment', { hasText: '电子收据' }).first(),
    'the receipt link',
  )
  await link.click()
  await seeTextIn(await seeLocator(owner.locator('.receipt:visible'), 'the receipt in elder mode'), '已缴')
  await shot(owner, 'receipt-elder')

  const other = await newPage()
  await logInAs(other, baseUrl, '周明')
  await other.goto(`${baseUrl}/#/pages/ledger/index`)
  const paidLine = await seeLocator(
    other.locator('.ledger-line', { hasText: `缴纳物业服务费 ${month}` }).first(),
    'the payments on the ledger',
  )
  await paidLine.scrollIntoViewIfNeeded()
  await shot(other, 'other-owner-ledger')
  await (await seeLocator(other.locator('.ledger-tool--verify'), 'the 全链验证 tile')).click()
  await tapButton(other, 'chain-verify-button')
  await seeTextIn(await seeLocator(other.locator('.verify-result'), 'the result', 60_000), '验证通过', 60_000)
  await shot(other, 'other-owner-chain-verified')

  // 李建国 had paid this month at the office counter too: 孙丽 asks for the refund from the payment's ledger line,
  // 周明 of the committee approves it (F3), and WeChat Pay's refund notification reverses both payments.
  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await openPaymentReceipt(staff, month)
  await staff.locator('.refund-reason:visible input').fill('业主已在物业前台现金缴纳，重复缴费')
  await tapButton(staff, 'refund-request')
  await seeTextIn(await seeLocator(staff.locator('.refund-state:visible'), 'the refund asked'), '待业委会批准')
  await shot(staff, 'refund-requested')

  await openPaymentReceipt(other, month)
  await tapButton(other, 'refund-approve')
  await seeTextIn(await seeLocator(other.locator('.refund-state:visible'), 'the refund approved'), /已批准|已退回/)
  // WeChat Pay answers the refund a moment later; the receipt then reads 已全额退款.
  await other.reload()
  await seeTextIn(
    await seeLocator(other.locator('.refund-state:visible'), 'the refund done', 30_000),
    '已退回，账本已冲销',
    30_000,
  )
  await seeTextIn(await seeLocator(other.locator('.receipt:visible'), 'the receipt'), '已全额退款')
  await shot(other, 'refund-done')

  // 孙丽 checks today's WeChat Pay trade bill against the books: the payment and its refund both match.
  await staff.goto(`${baseUrl}/#/pages/ledger/index`)
  await (await seeLocator(staff.locator('.ledger-tool--imports:visible'), 'the 导入 tile')).click()
  const card = await seeLocator(staff.locator('.pay-statement:visible'), 'the WeChat Pay statement card')
  await pickDay(staff, card.locator('.date-field'), new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10))
  await tapButton(staff, 'pay-statement-check')
  await seeTextIn(card.locator('.list-row', { hasText: '已对上' }), /[1-9]\d* 笔/)
  await seeTextIn(card.locator('.list-row', { hasText: '对不上' }), '0 笔')
  await card.scrollIntoViewIfNeeded()
  await shot(staff, 'pay-statement-matched')
}

/** From the 账本 tab: this month's app payment line, then its 电子收据. */
async function openPaymentReceipt(page: Page, month: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/pages/ledger/index`)
  const line = await seeLocator(
    page.locator('.ledger-line:visible', { hasText: `缴纳物业服务费 ${month}` }).first(),
    'the app payment on the ledger',
  )
  await line.click()
  await (await seeLocator(page.locator('.line-detail-receipt:visible'), 'the receipt link on the line')).click()
  await seeLocator(page.locator('.receipt:visible'), 'the receipt')
}
