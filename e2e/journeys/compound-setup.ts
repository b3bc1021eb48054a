import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'

async function fill(page: Page, cls: string, text: string): Promise<void> {
  const box = await seeLocator(page.locator(`.${cls} input, .${cls} textarea`).first(), `the field .${cls}`)
  await box.fill(text)
}

/**
 * The community admin sets the compound up in pages: moves 3号楼 out of 第二网格 (flagged as having no grid) into a
 * new grid, corrects one unit's area with a reason, and switches the compound to Beijing's rules with 从众 and its
 * clause; each save is confirmed and shows in the change log. Screens are kept in normal and elder mode, and at
 * desktop width.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '郑强')
  await tapAction(page, '网格划分')
  const second = await seeLocator(page.locator('.grid-card', { hasText: '第二网格' }), 'the grid 第二网格')
  await seeTextIn(second, '3号楼')
  await second.locator('.grid-buildings').click()
  await second.locator('.building-toggle', { hasText: '3号楼' }).click()
  await second.locator('.grid-save').click()
  await confirmDialog(page, '第二网格')
  const flag = await seeLocator(page.locator('.grids-uncovered'), 'the buildings without a grid')
  await seeTextIn(flag, '3号楼')

  const fresh = page.locator('.grid-new')
  await fresh.locator('.grid-name input').fill('东区网格')
  await fresh.locator('.building-toggle', { hasText: '3号楼' }).click()
  check(
    (await fresh.locator('.building-toggle--taken', { hasText: '1号楼' }).count()) === 1,
    '1号楼 is shown as taken by 第一网格',
  )
  await fresh.locator('.grid-save').click()
  await confirmDialog(page, '东区网格')
  await seeLocator(page.locator('.grid-card', { hasText: '东区网格' }), 'the new grid')
  await seeLocator(page.locator('.grids-covered'), 'every building in a grid')
  await seeTextIn(page.locator('.grid-card', { hasText: '第一网格' }), '陈静')
  await shot(page, 'grids')

  await page.goBack()
  await tapAction(page, '小区概况')
  await (await seeLocator(page.locator('.building-row', { hasText: '1号楼' }), 'the building 1号楼')).click()
  const unit = await seeLocator(page.locator('.unit-row').first(), 'a unit of 1号楼')
  await unit.click()
  await fill(page, 'unit-registeredArea', '')
  await fill(page, 'unit-surveyedArea', '90.12')
  await seeText(page, '90.12 m²（实测面积）')
  await tapButton(page, 'unit-save')
  await seeText(page, '请写明修改原因')
  await fill(page, 'unit-reason', '登记面积录入错误，按实测更正')
  await tapButton(page, 'unit-save')
  await confirmDialog(page, '实测面积')
  await seeTextIn(page.locator('.unit-row').first(), '实测面积')
  await shot(page, 'units')

  await page.goBack()
  await page.goBack()
  await tapAction(page, '小区设置')
  await tapChip(page, 'city-preset-chip', '北京')
  await seeText(page, '《北京市物业管理条例》')
  await tapChip(page, 'follow-majority-chip', '开启')
  await fill(page, 'settings-reason', '2026 年第 2 次业主大会决议')
  await tapButton(page, 'settings-submit')
  await seeText(page, '开启从众须写明议事规则中的条款')
  await fill(page, 'settings-clause', '议事规则第十二条')
  await fill(page, 'settings-rate', '2.80')
  await seeTextIn(page.locator('.settings-pending'), '城市规则：杭州 → 北京')
  await tapButton(page, 'settings-submit')
  await confirmDialog(page, '公共收益补充维修资金：0% → 50%')
  const log = await seeLocator(page.locator('.settings-change').first(), 'the change in the log')
  await seeTextIn(log, '郑强')
  await seeTextIn(log, '2026 年第 2 次业主大会决议')
  await seeTextIn(log, '从众：关闭 → 开启（议事规则第十二条）')
  await seeTextIn(log, '¥2.80')
  await notSeeText(page, '有几项需要改正')
  await shot(page, 'settings')

  // The same pages in elder mode (DOMAIN A1), then at desktop width.
  await page.goBack()
  await page.locator('.home-greeting .elder-toggle').click()
  await seeLocator(page.locator('.page.elder'), 'elder mode')
  for (const [action, name] of [
    ['网格划分', 'grids'],
    ['小区设置', 'settings'],
    ['导入花名册', 'roll-import'],
    ['小区概况', 'overview'],
  ] as const) {
    await tapAction(page, action)
    await seeLocator(page.locator('.page.elder .card').last(), `${action} in elder mode`)
    if (name === 'overview') await seeLocator(page.locator('.buildings-card'), 'the buildings')
    await shot(page, `${name}-elder`)
    await page.goBack()
  }
  await page.setViewportSize({ width: 1280, height: 900 })
  await tapAction(page, '小区设置')
  await seeLocator(page.locator('.settings-city'), 'the settings at desktop width')
  await shot(page, 'settings-desktop-elder')
}
