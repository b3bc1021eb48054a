import type { JourneyContext } from '../../scripts/e2e-run'
import { check, seeLocator, seeTextIn } from '../assert'
import { attachInvoice, confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

export const needsBooks = true
export const needsMeetings = true

const VENDOR = '杭州海安智能科技有限公司'
const MOTION = '由公共收益支出更新小区监控系统'

/**
 * A payment above the assembly limit (DOMAIN F3): 孙丽 of the property company enters ¥86,000 for the camera
 * renewal and is told at once that the owners must have voted for it; 周明 of the committee cannot approve it
 * until he attaches the owners' passed motion from the picker (the seeded meeting 小区监控系统更新, final);
 * he and 吴红 approve (N of M, with the over-budget reason logged); it posts, and 李建国 reads the line and,
 * from it, the expense's approvals and the vote that authorised it, in elder mode too.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '提交支出')
  await (await seeLocator(staff.locator('.expense-category-chip', { hasText: /^E5 / }), 'the E5 heading')).click()
  await staff.locator('.expense-amount input').fill('86000')
  await seeTextIn(
    await seeLocator(staff.locator('.expense-needs-assembly'), 'the warning above the assembly limit'),
    '超过 ¥50,000.00',
  )
  await staff.locator('.expense-counterparty input').fill(VENDOR)
  await staff.locator('.expense-memo textarea').fill('更换小区 48 路监控摄像头及存储设备')
  await attachInvoice(staff)
  await shot(staff, 'staff-over-limit')
  await tapButton(staff, 'expense-submit')
  const submitted = await seeLocator(staff.locator('.expense-submitted'), 'the submitted expense')
  await seeTextIn(submitted, '需业主大会表决')
  await seeTextIn(submitted, '业主大会表决限额')
  await tapButton(staff, 'expense-open')
  const staffView = await seeLocator(staff.locator('.approval-card:visible', { hasText: VENDOR }), 'the expense detail')
  await seeTextIn(staffView, '须先附上已通过并公布最终结果的业主大会决议')
  await shot(staff, 'staff-blocked-detail')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await tapAction(committee, '支出审批')
  const card = await seeLocator(committee.locator('.approval-card', { hasText: VENDOR }), 'the blocked expense')
  await seeTextIn(card, '需业主大会表决')
  const option = await seeLocator(
    card.locator('.motion-option', { hasText: MOTION }),
    'the passed motion in the picker',
  )
  await seeTextIn(option, '小区监控系统更新')
  await seeTextIn(option, '第 9 类')
  await option.scrollIntoViewIfNeeded()
  await shot(committee, 'committee-picker')
  await option.click()
  await confirmDialog(committee, '一项表决只能授权一笔支出')
  await seeTextIn(card, `业主大会已授权：小区监控系统更新「${MOTION}」`)
  await card.locator('.approval-approve').click()
  await confirmDialog(committee, '不能撤回')
  await seeTextIn(card, '已批 1 / 需 2 位委员')
  await shot(committee, 'committee-attached-approved')

  const second = await newPage()
  await logInAs(second, baseUrl, '吴红')
  await tapAction(second, '支出审批')
  const card2 = await seeLocator(second.locator('.approval-card', { hasText: VENDOR }), 'the expense for 吴红')
  await card2.locator('.approval-approve').click()
  await confirmDialog(second, '不能撤回')
  // ¥86,000 takes E5 past its annual budget (F7): the last approver writes why, and it is kept.
  await seeLocator(card2.locator('.over-budget-reason'), 'the over-budget reason field')
  await card2.locator('.over-budget-reason textarea').fill('业主大会决议同意（小区监控系统更新），由公共收益列支')
  await card2.locator('.approval-approve').click()
  await confirmDialog(second, '不能撤回')
  await seeTextIn(await seeLocator(second.locator('.approval-card--posted', { hasText: VENDOR }), 'posted'), '已入账')
  await shot(second, 'second-posted')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'elder mode on')
  await openTab(owner, '账本')
  const line = await seeLocator(owner.locator('.ledger-line:visible', { hasText: VENDOR }), 'the posted line')
  await seeTextIn(line, '-¥86,000.00')
  await line.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-line-elder')
  await line.click()
  await tapButton(owner, 'line-expense-link')
  const record = await seeLocator(owner.locator('.approval-card:visible', { hasText: VENDOR }), 'the expense record')
  await seeTextIn(record, `业主大会已授权：小区监控系统更新「${MOTION}」`)
  await seeTextIn(record, '已批 2 / 需 2 位委员')
  await shot(owner, 'owner-expense-record-elder')
  // 点按放大: the invoice opens full size in its own tab (WeChat's image viewer in the mini-app).
  const [opened] = await Promise.all([
    owner.context().waitForEvent('page'),
    record.locator('.evidence-photo').first().click(),
  ])
  await opened.waitForLoadState()
  check(/\/files\/|X-Amz-Signature|\.png/i.test(opened.url()), `the invoice itself opened, got ${opened.url()}`)
  await opened.close()
}
