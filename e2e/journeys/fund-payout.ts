import type { JourneyContext } from '../../scripts/e2e-run'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { attachInvoice, confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

export const needsBooks = true
export const needsMeetings = true

const VENDOR = '杭州固邦防水工程有限公司'
const MEMO = '2号楼北侧外墙防水维修'
const MOTION = '使用2号楼专项维修资金维修北侧外墙'

/**
 * A payout from the maintenance fund (DOMAIN F11): 孙丽 of the property company enters ¥98,000 for 2号楼's
 * facade from the fund and is told the owners of the building must have voted; 周明 of the committee attaches
 * 2号楼's own passed type-5 vote (the seeded meeting 2号楼外墙渗水维修, final) and sees the amount charged by
 * area to 2号楼's 40 units; he and 吴红 (who owns 2-2-401 and sees her share) approve; it posts; 李建国, in
 * elder mode, opens 我家维修资金 and finds 2-1-502's share, the building's fund after it, and the payout.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '提交支出')
  await (await seeLocator(staff.locator('.expense-source-chip', { hasText: '专项维修资金' }), 'the fund')).click()
  await seeText(staff, '按面积分摊到各户')
  await (await seeLocator(staff.locator('.expense-category-chip', { hasText: /^E2 / }), 'the E2 heading')).click()
  await staff.locator('.expense-amount input').fill('98000')
  await staff.locator('.expense-counterparty input').fill(VENDOR)
  await staff.locator('.expense-memo textarea').fill(MEMO)
  await attachInvoice(staff)
  await shot(staff, 'staff-form')
  await tapButton(staff, 'expense-submit')
  const submitted = await seeLocator(staff.locator('.expense-submitted'), 'the submitted expense')
  await seeTextIn(submitted, '专项维修资金')
  await seeTextIn(submitted, '第 5 类表决')
  await shot(staff, 'staff-submitted')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await tapAction(committee, '支出审批')
  const card = await seeLocator(committee.locator('.approval-card', { hasText: VENDOR }), 'the fund payout')
  await seeTextIn(card, '需业主表决')
  const option = await seeLocator(card.locator('.motion-option', { hasText: MOTION }), '2号楼’s vote in the picker')
  await seeTextIn(option, '2号楼业主')
  await seeTextIn(option, '第 5 类')
  await option.scrollIntoViewIfNeeded()
  await shot(committee, 'committee-picker')
  await option.click()
  await confirmDialog(committee, '按面积分摊到2号楼各户')
  await seeTextIn(card, `2号楼业主表决已授权：2号楼外墙渗水维修「${MOTION}」`)
  const charges = await seeLocator(card.locator('.fund-charges'), 'the charges by area')
  await seeTextIn(charges, '维修资金分摊（2号楼，按面积）')
  await seeTextIn(charges, '40 户按面积分摊')
  await seeTextIn(charges, '¥98,000.00')
  await seeTextIn(charges, '展开全部 40 户')
  await charges.scrollIntoViewIfNeeded()
  await shot(committee, 'committee-charges')
  await card.locator('.approval-approve').click()
  await confirmDialog(committee, '不能撤回')
  await seeTextIn(card, '已批 1 / 需 2 位委员')

  const second = await newPage()
  await logInAs(second, baseUrl, '吴红')
  await tapAction(second, '支出审批')
  const card2 = await seeLocator(second.locator('.approval-card', { hasText: VENDOR }), 'the payout for 吴红')
  await seeTextIn(card2, '您家 2-2-401 分摊')
  await card2.locator('.approval-approve').click()
  await confirmDialog(second, '不能撤回')
  await seeTextIn(await seeLocator(second.locator('.approval-card--posted', { hasText: VENDOR }), 'posted'), '已入账')
  await shot(second, 'second-posted')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'elder mode on')
  await openTab(owner, '账本')
  await tapAction(owner, '我家维修资金')
  const unit = await seeLocator(owner.locator('.my-fund-unit:visible', { hasText: '2-1-502' }), '2-1-502’s fund')
  await seeTextIn(unit, '2号楼维修资金余额')
  const charge = await seeLocator(unit.locator('.my-fund-charge', { hasText: MEMO }), 'the payout charged to 2-1-502')
  await seeTextIn(charge, `2号楼业主表决「${MOTION}」`)
  await seeTextIn(
    await seeLocator(owner.locator('.my-fund-unit:visible', { hasText: '1-1-101' }), '1-1-101'),
    '还没有从本户分摊',
  )
  await shot(owner, 'owner-fund-elder')
  await charge.click()
  const record = await seeLocator(owner.locator('.approval-card:visible', { hasText: VENDOR }), 'the payout record')
  await seeTextIn(record, '您家 2-1-502 分摊')
  await seeTextIn(record, '已批 2 / 需 2 位委员')
  await shot(owner, 'owner-payout-elder')
}
