import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

export const needsBooks = true
export const needsMeetings = true

/** The seeded project (scripts/seed/seed-ledger.ts#seedDemoProject) on 2号楼2单元's passed lift vote. */
const PROJECT = '2号楼2单元加装电梯'

/**
 * DOMAIN F13. 2号楼2单元's owners voted for a lift (type 7, final); the committee's project shares ¥480,000 by
 * floor (1–2 层 nothing, 0.7 at 3 层 rising 0.1 a floor) and the top four floors have pledged. 吴红 owns 2-2-401
 * (4 层, 0.8): home shows her the project; she reads her household's share and the table by floor, and pledges
 * her share. 孙丽 of the property company records the money 吴红 paid at the office, with the receipt number; the
 * project shows it received and the books' 科目余额 list the project's own fund. 周明 opens 发起众筹项目: the
 * only lift vote left is still open, so the form says which vote it needs; the rule's preview follows what he
 * types. 李建国 (no flat in 2号楼2单元) reads the project in 长辈模式: not his to pay.
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
  await seeTextIn(owner.locator('.project-pledged'), '9 户')
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
  await seeLocator(staff.locator('.project-paid', { hasText: /¥[1-9]/ }), 'the money received')
  await shot(staff, 'staff-received')
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
}
