import type { JourneyContext } from '../../scripts/e2e-run'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

export const needsBooks = true

/**
 * The books pages a person uses to keep the account straight and to read it (DOMAIN F4, F6, F9, F10):
 * 孙丽 of the property company finds the bank line the books cannot match (the bank's ¥25 account fee) under
 * 导入流水 and runs 重新对账; she reverses a payment recorded twice, with a reason, and lands on the reversal
 * linked back to it. 李建国 then reads, in elder mode, the year's collection rate (an aggregate only), the
 * public-income year, and the reversed line with the reason every owner sees.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await openTab(staff, '账本')
  await tapAction(staff, '导入流水')
  const unmatched = await seeLocator(staff.locator('.unmatched-lines:visible'), 'the unmatched bank lines')
  const fee = await seeLocator(unmatched.locator('.unmatched-line', { hasText: '账户管理费' }), 'the bank fee line')
  await seeTextIn(fee, '-¥25.00')
  await tapButton(staff, 'reconcile-bank')
  await seeTextIn(await seeLocator(unmatched.locator('.reconcile-result'), 'the reconcile result'), '仍有 1 行未对上')
  await unmatched.scrollIntoViewIfNeeded()
  await shot(staff, 'staff-unmatched')

  // Back to 账本 (a subpackage page has no tab bar), as the page's own 返回 does.
  await staff.goBack()
  // The seeded payments are last month's: the second month chip.
  await (await seeLocator(staff.locator('.month-chip:visible').nth(1), 'last month')).click()
  const payment = await seeLocator(staff.locator('.ledger-line--payment:visible').first(), 'a payment line')
  await payment.click()
  const reverse = await seeLocator(staff.locator('.reverse-entry:visible'), 'the reversal card')
  await tapButton(staff, 'reverse-submit')
  await seeTextIn(reverse, '请写明冲销原因')
  await reverse.locator('.reverse-reason textarea').fill('重复登记，银行只收到一笔')
  await shot(staff, 'staff-reverse')
  await reverse.locator('.reverse-submit').click()
  await confirmDialog(staff, '原因向全体业主公开')
  const reversal = await seeLocator(staff.locator('.line-reverses:visible'), 'the reversal, linked to what it cancels')
  await seeTextIn(reversal, '点按查看')
  await seeText(staff, '重复登记，银行只收到一笔')
  await shot(staff, 'staff-reversal')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'elder mode on')
  await openTab(owner, '账本')
  const rate = await seeLocator(owner.locator('.collection-year:visible'), 'the collection rate')
  await seeTextIn(rate, '只公布总数')
  // The seeded bills are monthly: the year counts them all.
  await seeTextIn(rate, '已收')
  check(!(await rate.innerText()).includes('全年 0 张账单'), 'the year’s collection rate counts its monthly bills')
  await rate.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-collection-elder')
  // The reversal is posted today: this month, which 账本 opens on.
  const reversed = await seeLocator(owner.locator('.ledger-line--reversal:visible').first(), 'the reversal line')
  await reversed.click()
  await seeLocator(owner.locator('.line-reverses:visible'), 'the reversal, linked to the payment it cancels')
  await seeText(owner, '重复登记，银行只收到一笔')
  await shot(owner, 'owner-reversal-elder')

  await owner.goBack()
  await tapAction(owner, '公共收益')
  const year = await seeLocator(owner.locator('.public-income-summary:visible'), 'the public-income year')
  await seeTextIn(year, '全年公共收益')
  await shot(owner, 'owner-public-income-elder')
}
