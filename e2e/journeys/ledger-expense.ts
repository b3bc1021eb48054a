/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { attachInvoice, confirmDialog, logInAs, tapAction, tapButton } from '../steps'

export const needsBooks = true

const VENDOR = '杭州安达电梯有限公司'

/**
 * 孙丽 of the property company proposes ¥1,280.00 for lift repairs with a photo of the invoice; 周明 of the
 * committee checks the invoice, approves (one approval: under the default ¥5,000 limit) and publishes a
 * checkpoint; 李建国 finds the line on the 账本 tab, sees the invoice and taps 验证. Then 孙丽 issues this
 * month's bills and records his payment, and his bill reads 已缴. (One journey for the books: the demo books are
 * seeded once per journey, and seeding twice in one run trips the chain appender's per-process cache.)
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '提交支出')
  await (await seeLocator(staff.locator('.expense-category-chip', { hasText: /^E2 / }), 'the E2 heading')).click()
  await staff.locator('.expense-amount input').fill('1280')
  await staff.locator('.expense-counterparty input').fill(VENDOR)
  await staff.locator('.expense-memo textarea').fill('3号楼电梯更换召唤按钮')
  await attachInvoice(staff)
  await shot(staff, 'staff-proposal')
  await tapButton(staff, 'expense-submit')
  const submitted = await seeLocator(staff.locator('.expense-submitted'), 'the submitted expense')
  await seeTextIn(submitted, '待审批')
  await seeTextIn(submitted, '需要 1 位业委会委员审批')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await seeLocator(
    committee.locator('.action-approvals .action-tile__badge', { hasText: '1' }),
    'one expense waiting on 支出审批',
  )
  await tapAction(committee, '支出审批')
  const card = await seeLocator(committee.locator('.approval-card', { hasText: VENDOR }), 'the proposed expense')
  await seeTextIn(card, '¥1,280.00')
  await seeTextIn(card, '已批 0 / 需 1 位委员')
  const invoice = card.locator('.evidence-photo img')
  await eventually(
    () => invoice.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the invoice photo loads for the committee',
  )
  await shot(committee, 'committee-review')
  await card.locator('.approval-approve').click()
  await confirmDialog(committee, '向全体业主公开，不能撤回')
  await seeTextIn(committee.locator('.approval-card--posted', { hasText: VENDOR }), '已入账')
  await committee.locator('.approval-card--posted .publish-checkpoint').click()
  await seeText(committee, /已公布：检查点到第 \d+ 笔/)
  await shot(committee, 'committee-approved')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await tapAction(owner, '账本')
  await seeLocator(owner.locator('.balance-card'), 'the balance card')
  const line = await seeLocator(owner.locator('.ledger-line', { hasText: VENDOR }), 'the new expense line')
  await seeTextIn(line, '-¥1,280.00')
  await shot(owner, 'owner-ledger')
  await line.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-lines')
  await line.click()
  const detail = await seeLocator(owner.locator('.line-detail'), 'the line detail')
  await seeTextIn(detail, VENDOR)
  await seeTextIn(detail, '发票')
  const receipt = detail.locator('.evidence-photo img')
  await eventually(
    () => receipt.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the invoice photo loads for the owner',
  )
  await tapButton(owner, 'verify-line-button')
  await seeTextIn(owner.locator('.verify-result'), '验证通过')
  await owner.locator('.verify-result').scrollIntoViewIfNeeded()
  await shot(owner, 'owner-verified')

  // Back on home, staff issue this month's bills and record 李建国's payment for 1-1-101.
  await tapButton(staff, 'expense-done')
  await tapAction(staff, '登记收款')
  await tapButton(staff, 'generate-bills')
  await staff.locator('.bill-search input').fill('1-1-101')
  await (await seeLocator(staff.locator('.bill-option', { hasText: '1-1-101' }), 'the bill of 1-1-101')).click()
  await eventually(
    () => staff.locator('.payment-amount input').inputValue(),
    (v) => /^\d+\.\d{2}$/.test(v),
    'the amount filled from the bill',
  )
  await tapButton(staff, 'payment-submit')
  await seeTextIn(staff.locator('.payment-done'), '已缴清')
  await shot(staff, 'staff-payment')

  await owner.goto(`${baseUrl}/#/pages/index/index`)
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'elder mode on')
  await tapAction(owner, '我的账单')
  const unit = await seeLocator(owner.locator('.my-bill-unit', { hasText: '1-1-101' }), 'his unit 1-1-101')
  await seeTextIn(unit.locator('.my-bill').first(), '已缴')
  await seeText(owner, '四舍五入')
  await shot(owner, 'owner-bills-elder')
  await checkTheBooks(baseUrl, owner, staff, committee, shot)
}

/**
 * Reading and checking the books: 李建国 reads last month by category and checks the whole chain on his phone;
 * 孙丽 pastes a bank statement with mistakes and is told each bad row by 行号/列/原因, with nothing imported;
 * 周明 reads the budget against actual spending.
 */
async function checkTheBooks(
  baseUrl: string,
  owner: Page,
  staff: Page,
  committee: Page,
  shot: JourneyContext['shot'],
): Promise<void> {
  const ledgerTab = (p: Page) => p.goto(`${baseUrl}/#/pages/ledger/index`)
  await ledgerTab(owner)
  await seeLocator(owner.locator('.month-card'), "this month's income and expense")
  await (await seeLocator(owner.locator('.month-chip').nth(1), 'last month')).click()
  await seeLocator(owner.locator('.month-card .bar-row', { hasText: '物业服务费' }), "last month's fee income as a bar")
  await seeLocator(owner.locator('.month-card .unreconciled-flag'), 'the unreconciled flag')
  await owner.locator('.month-card').scrollIntoViewIfNeeded()
  await shot(owner, 'owner-month-elder')
  await (await seeLocator(owner.locator('.ledger-tool--verify'), 'the 全链验证 tile')).click()
  await tapButton(owner, 'chain-verify-button')
  await seeTextIn(await seeLocator(owner.locator('.verify-result'), 'the result', 60_000), '验证通过', 60_000)
  await shot(owner, 'owner-chain-verified-elder')

  await ledgerTab(staff)
  await (await seeLocator(staff.locator('.ledger-tool--imports'), 'the 导入流水 tile')).click()
  const bad = ['date,amount,reference,counterparty,memo', '2025-02-30,1.00,,某公司,', '2025-03-01,abc,,某公司,'].join(
    '\n',
  )
  await staff.locator('.csv-statement-text textarea').fill(bad)
  await tapButton(staff, 'csv-statement-import')
  const errors = await seeLocator(staff.locator('.csv-import--statement .row-errors'), 'the bad rows')
  await seeTextIn(errors, '行号')
  await seeLocator(errors.locator('.row-error', { hasText: 'date' }).filter({ hasText: '2' }), 'row 2, column date')
  await seeLocator(errors.locator('.row-error', { hasText: 'amount' }).filter({ hasText: '3' }), 'row 3, column amount')
  await errors.scrollIntoViewIfNeeded()
  await shot(staff, 'staff-import-errors')

  await ledgerTab(committee)
  await (await seeLocator(committee.locator('.ledger-tool--budget'), 'the 预算执行 tile')).click()
  const budget = await seeLocator(committee.locator('.budget-card'), 'the budget')
  await seeTextIn(budget, 'E1 人员费用')
  await seeText(committee, /全年预算 ¥360,000\.00/)
  await shot(committee, 'committee-budget')
}
