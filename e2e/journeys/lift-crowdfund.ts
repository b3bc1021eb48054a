import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { attachInvoice, confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

export const needsBooks = true
export const needsMeetings = true

/** The seeded project (scripts/seed/seed-ledger.ts#seedDemoProject) on 2号楼2单元's passed lift vote. */
const PROJECT = '2号楼2单元加装电梯'
const VENDOR = '杭州安达电梯有限公司'
const MEMO = '2号楼2单元电梯井道勘测设计费'

/**
 * DOMAIN F13. 2号楼2单元's owners voted for a lift (type 7, final); the committee's project shares ¥480,000 by
 * floor (1–2 层 nothing, 0.7 at 3 层 rising 0.1 a floor) and every paying household but one has pledged and
 * paid. 吴红 owns 2-2-401 (4 层, 0.8): home shows her the project; she reads her household's share and the table
 * by floor, and pledges her share, which fills the target. 孙丽 of the property company records the money 吴红
 * paid at the office, with the receipt number; the project is funded, and 孙丽 starts a payment out of its own
 * fund (F3) with the invoice. 周明 of the committee, who did not start it, approves it: it is posted out of the
 * project's fund, and the project page lists it with its invoice. The books' 科目余额 list the project's fund.
 * 周明 opens 发起众筹项目: the only lift vote left is still open, so the form says which vote it needs; the rule's
 * preview follows what he types. 李建国 (no flat in 2号楼2单元) reads the project in 长辈模式: not his to pay, but
 * its spending and receipts are there to read; he checks the whole chain and it verifies.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const owner = page
  await logInAs(owner, baseUrl, '吴红')
  const card = await seeLocator(owner.locator('.home-project', { hasText: PROJECT }), 'the project on home')
  await seeTextIn(card, '2号楼 2单元')
  await card.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-home')
  await card.click()
  const mine = await seeLocator(owner.locator('.project-mine-card'), 'her household’s share')
  await seeTextIn(mine, '2-2-401 应分摊')
  await seeTextIn(mine, '系数 0.8')
  await seeText(owner, '按楼层系数：1–2 层不分摊，3 层 0.7，每高一层加 0.1')
  await seeText(owner, '正好等于目标金额')
  await shot(owner, 'owner-share')
  await tapButton(owner, 'project-pledge')
  await confirmDialog(owner, '每户只能认缴一次')
  await seeTextIn(mine, '已认缴')
  await seeTextIn(mine, '待物业登记收款')
  await seeTextIn(owner.locator('.project-pledged'), '16 户')
  const table = await seeLocator(owner.locator('.project-shares'), 'the share table by floor')
  await seeTextIn(table, '10 层')
  await seeTextIn(table, '2-2-401（我家）')
  await table.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-pledged-table')

  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await openTab(staff, '账本')
  await tapAction(staff, '众筹项目')
  await (await seeLocator(staff.locator('.project-card', { hasText: PROJECT }), 'the project in the list')).click()
  const receive = await seeLocator(staff.locator('.project-contribution'), 'the receipt form')
  await (await seeLocator(receive.locator('.project-contribution-unit', { hasText: '2-2-401' }), '2-2-401')).click()
  await receive.locator('.project-contribution-reference input').fill('SJ-2026-0188')
  await receive.scrollIntoViewIfNeeded()
  await shot(staff, 'staff-receipt')
  await tapButton(staff, 'project-contribution-submit')
  await seeLocator(staff.locator('.project-paid', { hasText: '¥480,000.00' }), 'the money received in full')
  await seeTextIn(staff.locator('.project-fund-balance'), '¥480,000.00')
  await shot(staff, 'staff-received')

  // Funded: the property company starts a payment out of the project's own fund, with its invoice (F3).
  await tapButton(staff, 'project-spend')
  await seeTextIn(staff.locator('.expense-project-available'), '¥480,000.00')
  await (await seeLocator(staff.locator('.expense-category-chip', { hasText: /^E9 / }), 'the E9 heading')).click()
  await staff.locator('.expense-amount input').fill('4800')
  await staff.locator('.expense-counterparty input').fill(VENDOR)
  await staff.locator('.expense-memo textarea').fill(MEMO)
  await attachInvoice(staff)
  await shot(staff, 'staff-project-expense')
  await tapButton(staff, 'expense-submit')
  const submitted = await seeLocator(staff.locator('.expense-submitted'), 'the submitted expense')
  await seeTextIn(submitted, `众筹项目·${PROJECT}`)
  await seeTextIn(submitted, '待审批')

  const approver = await newPage()
  await logInAs(approver, baseUrl, '周明')
  await tapAction(approver, '支出审批')
  const proposal = await seeLocator(approver.locator('.approval-card', { hasText: MEMO }), 'the project’s expense')
  await seeTextIn(proposal, `众筹项目·${PROJECT}`)
  await seeTextIn(proposal, '¥4,800.00')
  await shot(approver, 'committee-project-review')
  await proposal.locator('.approval-approve').click()
  await confirmDialog(approver, '向全体业主公开，不能撤回')
  await seeTextIn(approver.locator('.approval-card--posted', { hasText: MEMO }), '已入账')
  await shot(approver, 'committee-project-approved')

  // The project page lists the payment with its invoice, and the fund's balance after it.
  await owner.reload()
  const line = await seeLocator(owner.locator('.project-spending-line', { hasText: VENDOR }), 'the payment on the page')
  await seeTextIn(line, '¥4,800.00')
  await seeTextIn(line, '发票')
  await seeTextIn(owner.locator('.project-fund-balance'), '¥475,200.00')
  await line.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-project-spending')
  await staff.goto(`${baseUrl}/#/pages/books/accounts/index`)
  await seeText(staff, `众筹项目·${PROJECT}`)
  await shot(staff, 'staff-accounts')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openTab(committee, '账本')
  await tapAction(committee, '众筹项目')
  await tapButton(committee, 'project-new')
  await seeText(committee, '还没有可用的表决')
  await committee.locator('.project-target-input input').fill('480000')
  const preview = await seeLocator(committee.locator('.project-floor-preview'), 'the rule’s preview')
  await seeTextIn(preview, '10 层')
  await preview.scrollIntoViewIfNeeded()
  await shot(committee, 'committee-form')

  const neighbour = await newPage()
  await logInAs(neighbour, baseUrl, '李建国')
  await setElderMode(neighbour, true)
  await openTab(neighbour, '账本')
  await tapAction(neighbour, '众筹项目')
  await (await seeLocator(neighbour.locator('.project-card:visible', { hasText: PROJECT }), 'the project')).click()
  await seeText(neighbour, '您名下没有这个范围内的房屋，不需出资')
  await shot(neighbour, 'neighbour-elder')
  const spent = await seeLocator(neighbour.locator('.project-spending-line', { hasText: VENDOR }), 'the payment')
  await spent.scrollIntoViewIfNeeded()
  await shot(neighbour, 'neighbour-spending-elder')
  // Every entry, the project's money included, is on one chain the owner checks on his phone (F10).
  await neighbour.goto(`${baseUrl}/#/pages/ledger/index`)
  await (await seeLocator(neighbour.locator('.ledger-tool--verify'), 'the 全链验证 tile')).click()
  await tapButton(neighbour, 'chain-verify-button')
  await seeTextIn(await seeLocator(neighbour.locator('.verify-result'), 'the result', 60_000), '验证通过', 60_000)
  await shot(neighbour, 'neighbour-chain-verified-elder')
}
