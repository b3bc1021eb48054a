import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { logInAs, tapAction, tapButton, tapChip } from '../steps'

/**
 * The street's 美好家园基金 (DOMAIN S4, F2, F3, F10, F13). 钱进 of 朝晖街道 opens the fund from 街道工作台, records
 * the district's allocation with its bank receipt, and proposes a grant to 幸福里's 楼道照明改造; he cannot approve
 * his own proposal. 周敏, the street's second approver, approves it. 王芳, a resident of 和谐家园, opens the fund from
 * 红灰黑榜, reads the grant line and the project it funded, and verifies the fund's chain on her phone: 验证通过.
 */
async function attach(page: Page, form: string, kind: 'bank_receipt' | 'other', done: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`${form} .receipt-${kind} .receipt-album`).click(),
  ])
  await chooser.setFiles({ name: 'voucher.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeTextIn(page.locator(form), done)
}

export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const qian = page
  await logInAs(qian, baseUrl, '钱进')
  await (await seeLocator(qian.locator('.desk-street'), 'the 街道工作台 entry on home')).click()
  await tapButton(qian, 'street-open-fund')
  // The demo's fund: its allocation, a donation and the grant to 楼道照明改造, so the page is not empty.
  await seeTextIn(qian.locator('.fund-summary'), '余额')
  await seeTextIn(qian.locator('.fund-lines'), '下城区民政局')

  await qian.locator('.fund-income-amount input').fill('50000')
  await qian.locator('.fund-income-payer input').fill('下城区财政局')
  await attach(qian, '.fund-income-form', 'bank_receipt', '银行回单已上传')
  await tapButton(qian, 'fund-income-submit')
  await seeTextIn(qian.locator('.fund-lines'), '下城区财政局')
  await shot(qian, 'income')

  await tapChip(qian, 'fund-target', '幸福里 · 楼道照明改造')
  await qian.locator('.fund-grant-amount input').fill('8000')
  await qian.locator('.fund-grant-memo textarea').fill('楼道照明改造第二期的街道补助')
  await attach(qian, '.fund-grant-form', 'other', '其他凭证已上传')
  await tapButton(qian, 'fund-grant-submit')
  const pending = await seeLocator(qian.locator('.fund-pending'), 'the pending proposal')
  await seeTextIn(pending, '楼道照明改造第二期的街道补助')
  await tapButton(qian, 'fund-approve')
  await seeTextIn(pending, '不能批准自己提出的拨付')
  await shot(qian, 'own-refused')

  const zhou = await newPage()
  await logInAs(zhou, baseUrl, '周敏')
  await (await seeLocator(zhou.locator('.desk-street'), 'the 街道工作台 entry on home')).click()
  await tapButton(zhou, 'street-open-fund')
  await seeTextIn(zhou.locator('.fund-pending'), '楼道照明改造第二期的街道补助')
  await tapButton(zhou, 'fund-approve')
  await seeTextIn(zhou.locator('.fund-grants'), '楼道照明改造第二期的街道补助')
  await seeTextIn(zhou.locator('.fund-lines'), '-¥8,000.00')
  await shot(zhou, 'approved')
  await setElderMode(zhou, true)
  await seeLocator(zhou.locator('.fund-income-form'), 'the income form in elder mode')
  await shot(zhou, 'staff-elder')

  const resident = await newPage()
  await logInAs(resident, baseUrl, '王芳')
  await tapAction(resident, '公开栏')
  await tapButton(resident, 'disclosure-to-rating')
  await tapButton(resident, 'open-street-fund')
  await seeTextIn(resident.locator('.fund-grants'), '楼道照明改造第二期的街道补助')
  await seeTextIn(resident.locator('.fund-lines'), '提升项目拨付')
  await seeTextIn(resident.locator('.fund-lines'), '下城区财政局')
  await tapButton(resident, 'chain-verify-button')
  await seeText(resident, '验证通过')
  await shot(resident, 'resident')
  await setElderMode(resident, true)
  await seeTextIn(resident.locator('.fund-grants'), '楼道照明改造第二期的街道补助')
  await tapButton(resident, 'chain-verify-button')
  await seeText(resident, '验证通过')
  await shot(resident, 'resident-elder')
  await setElderMode(resident, false)
}
