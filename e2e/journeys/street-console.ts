import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { JourneyFailure, seeLocator, seeTextIn } from '../assert'
import { logInAs, tapButton, tapChip } from '../steps'

/** The demo as `npm start` seeds it: books, closed and rated tickets, the parties on record (figures to show). */
export const needsBooks = true
export const needsActivity = true

/**
 * The street's view (DOMAIN S1, S5). 钱进 of 朝晖街道 opens 街道工作台: every compound with its grade, band, colour
 * and the quarter's rates, and the street's totals. He opens the compounds behind 业委会组建率, then 和谐家园, reads
 * its quarters and its decision ledger (read-only), grades it 示范型 with a reason and adds an improvement project.
 * 郑强 of 和谐社区 opens 社区工作台 and sees the same figures over his community's compounds, and 幸福里's project.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const street = page
  await logInAs(street, baseUrl, '钱进')
  await (await seeLocator(street.locator('.desk-street'), 'the 街道工作台 entry on home')).click()
  const hexie = await seeLocator(street.locator('.console-row:visible', { hasText: '和谐家园' }), 'the compound')
  await seeLocator(street.locator('.console-row:visible', { hasText: '幸福里' }), 'the second compound')
  // Figures the demo's tickets, books and records produced: not empty.
  await seeTextIn(street.locator('.console-total--ontime'), '%')
  await seeTextIn(street.locator('.console-total--branch'), '1/2 个小区')
  // 和谐家园's committee is on record from the street's filing (G1), so coverage follows from it (S5).
  await seeTextIn(street.locator('.console-total--committee'), '1/2 个小区')
  await seeTextIn(street.locator('.console-row:visible', { hasText: '幸福里' }), '提质型')
  await shot(street, 'street-phone')

  await street.setViewportSize({ width: 1280, height: 900 })
  await seeLocator(street.locator('.console-table .console-row:visible', { hasText: '和谐家园' }), 'the table row')
  await shot(street, 'street-desktop')
  // The list is one page of the street's compounds, with how many of them are shown.
  await seeTextIn(street.locator('.console-shown'), '已显示 2 / 2 个小区')
  await street.locator('.console-list').scrollIntoViewIfNeeded()
  await shot(street, 'street-desktop-list')
  await street.evaluate(() => window.scrollTo(0, 0))
  await setElderMode(street, true)
  await seeLocator(street.locator('.console-row:visible', { hasText: '和谐家园' }), 'the row in elder mode')
  await shot(street, 'street-desktop-elder')
  await street.setViewportSize({ width: 375, height: 720 })
  await shot(street, 'street-phone-elder')
  await setElderMode(street, false)

  // 评定标准 (S1): the criteria in force, and a new version published from it before grading.
  await tapButton(street, 'street-open-criteria')
  await seeTextIn(street.locator('.criteria-current'), '业委会依法组建且运作规范')
  await street
    .locator('.criteria-shifan textarea')
    .fill('业委会依法组建且运作规范；党支部建在小区；测评为红榜；账目按月公开。')
  await tapButton(street, 'criteria-publish')
  await seeTextIn(street.locator('.criteria-current'), '第 2 版')
  await seeTextIn(street.locator('.criteria-history'), '第 1 版')
  await shot(street, 'street-criteria')
  await street.goBack()

  // 业委会组建率 opens the compounds behind it: those without a committee on record — 幸福里, not 和谐家园,
  // whose committee the street filed.
  await tapButton(street, 'console-total--committee')
  await seeTextIn(street.locator('.console-list'), '未组建业委会的小区（1）')
  await seeLocator(street.locator('.console-row:visible', { hasText: '幸福里' }), 'a compound behind the total')
  if ((await street.locator('.console-list .console-row:visible', { hasText: '和谐家园' }).count()) > 0)
    throw new JourneyFailure('和谐家园 has a committee on record, yet is listed among the compounds without one')
  await street.locator('.console-list').scrollIntoViewIfNeeded()
  await shot(street, 'street-drill')
  await tapButton(street, 'console-clear')

  await (await seeLocator(hexie, 'the compound')).click()
  await seeTextIn(street.locator('.oversight-facts'), '和谐家园')
  await seeTextIn(street.locator('.oversight-quarters'), '结案')
  await shot(street, 'compound')
  await tapButton(street, 'oversight-decisions')
  await seeTextIn(street.locator('.viewing-compound:visible'), '正在查看：和谐家园（只读）')
  await shot(street, 'compound-decisions')
  await street.goBack()

  await tapChip(street, 'grade-chip', '示范型')
  await street.locator('.grade-reason textarea').fill('三方协同机制健全，工单准时率高，账目按月公开')
  await tapButton(street, 'grade-submit')
  await seeTextIn(street.locator('.oversight-grades'), '理由：三方协同机制健全')
  await seeTextIn(street.locator('.oversight-facts'), '示范型')

  await tapButton(street, 'improvement-new')
  await street.locator('.improvement-title input').fill('非机动车充电棚')
  await street.locator('.improvement-owner input').fill('孙丽（物业）')
  await street.locator('.improvement-budget input').fill('36000')
  await street.locator('.improvement-percent input').fill('10')
  await tapButton(street, 'improvement-submit')
  await seeTextIn(street.locator('.oversight-projects'), '非机动车充电棚')
  await seeTextIn(street.locator('.oversight-projects'), '预算：¥36,000.00')
  await shot(street, 'compound-graded')
  await setElderMode(street, true)
  await shot(street, 'compound-elder')

  const admin = await newPage()
  await logInAs(admin, baseUrl, '郑强')
  await (await seeLocator(admin.locator('.desk-community'), 'the 社区工作台 entry on home')).click()
  await seeTextIn(admin.locator('.console-row:visible', { hasText: '和谐家园' }), '示范型')
  await shot(admin, 'community')
  await (await seeLocator(admin.locator('.console-row:visible', { hasText: '幸福里' }), 'the second compound')).click()
  await seeTextIn(admin.locator('.oversight-projects'), '楼道照明改造')
  await tapButton(admin, 'improvement-progress')
  await admin.locator('.improvement-percent input').fill('70')
  await admin.locator('.improvement-note textarea').fill('6 栋楼已全部换灯')
  await tapButton(admin, 'improvement-save')
  await seeTextIn(admin.locator('.oversight-projects'), '6 栋楼已全部换灯')
  await shot(admin, 'community-project')
}
