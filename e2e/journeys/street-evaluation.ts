import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { eventually, seeLocator, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { confirmDialog, logInAs, tapButton } from '../steps'

/**
 * 红灰黑榜 by the street's rubric (DOMAIN S2). 钱进 of 朝晖街道 opens 考评细则 from 街道工作台, is told his points do not
 * add up, puts them right and publishes it. He names each compound's panel: for 和谐家园 郑强 of the community, 周明
 * of the committee and 王芳 for the residents; for 幸福里, which has no committee, himself for its 物管会 beside 郑强
 * and 李建国. The panel members score their items with photos; 郑强 finds 幸福里's fire exit blocked, a veto item.
 * 钱进 publishes both: 和谐家园 ranks first, 幸福里 is on 黑榜 whatever its score. 王芳 opens 季度服务评价 and reads
 * the street's result with every deduction and its photo, and the rubric.
 */

async function openDesk(page: Page): Promise<void> {
  await (await seeLocator(page.locator('.desk-street'), 'the 街道工作台 entry on home')).click()
  await seeLocator(page.locator('.street-summary'), '街道工作台')
}

/** Seats each named person on the panel of the compound's row with the party given. */
async function namePanel(page: Page, compound: string, seats: Array<[string, string]>): Promise<void> {
  const row = page.locator('.quarter-row', { hasText: compound })
  await (await seeLocator(row.locator('.open-panel'), `评议小组 of ${compound}`)).click()
  for (const [name, party] of seats) {
    const candidate = await seeLocator(
      row.locator('.panel-candidate', { hasText: name }),
      `${name} among the candidates`,
    )
    await candidate.locator('.panel-seat', { hasText: new RegExp(`^${party}`) }).click()
  }
  await row.locator('.panel-save').click()
  await seeTextIn(row, `评议小组：`)
}

/** Attaches a photo through the evidence picker whose buttons carry `prefix`. */
async function attachPhoto(page: Page, prefix: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`.${prefix}-photo-album`).first().click(),
  ])
  await chooser.setFiles({ name: 'evidence.png', mimeType: 'image/png', buffer: evidencePng() })
  await eventually(
    () => page.locator('.evidence-state', { hasText: '照片已上传' }).count(),
    (n) => n > 0,
    'the evidence photo uploads',
  )
}

/** A panel member opens 评议打分 from home and the compound's form. */
async function openSheet(page: Page, compound: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/pages/index/index'))
  await (await seeLocator(page.locator('.panel-entry .open-panels'), '评议打分 on home')).click()
  await (
    await seeLocator(page.locator('.panel-assignment', { hasText: compound }), `the ${compound} assignment`)
  ).click()
  await seeLocator(page.locator('.sheet-head'), 'the scoring form')
}

async function deduct(page: Page, item: string, points: string, reason: string): Promise<void> {
  const card = page.locator('.sheet-item', { hasText: item })
  await card.locator('.deduction-points input').fill(points)
  await card.locator('.deduction-reason textarea').fill(reason)
  await attachPhoto(page, 'deduction')
  await card.locator('.deduction-add').click()
  await seeTextIn(card, `扣 ${points} 分：${reason}`)
}

async function saveSheet(page: Page): Promise<void> {
  await tapButton(page, 'sheet-save')
  await seeTextIn(page.locator('.sheet-head'), '已评分')
}

export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const street = page
  await logInAs(street, baseUrl, '钱进')
  await openDesk(street)
  await tapButton(street, 'street-open-rubric')
  await seeLocator(street.locator('.rubric-head'), 'the rubric editor')
  const survey = street.locator('.rubric-edit-area').first().locator('.rubric-edit-item').first()
  await survey.locator('.item-points input').fill('40')
  await seeTextIn(street.locator('.rubric-head'), '各项合计 110 分，与满分 100 分不一致')
  await tapButton(street, 'rubric-save')
  await seeTextIn(street.locator('.rubric-editor'), '各项分值合计 110 分，应等于满分 100 分')
  await shot(street, 'rubric-weights-refused')
  await survey.locator('.item-points input').fill('30')
  await seeTextIn(street.locator('.rubric-head'), '各项合计 100 分，与满分一致')
  await tapButton(street, 'rubric-save')
  await seeTextIn(street.locator('.rubric-head'), '草稿已保存')
  await tapButton(street, 'rubric-publish')
  await confirmDialog(street, '发布考评细则')
  await seeLocator(street.locator('.rubric-published'), 'the published rubric')
  await shot(street, 'rubric-published')

  // Owners of 和谐家园 rate the quarter on 季度服务评价 (verified owners, one per household).
  for (const [name, scores] of [
    ['李建国', { attitude: 5, repairs: 4, cleaning: 5, security: 4 }],
    ['张伟', { attitude: 4, repairs: 4, cleaning: 4, security: 5 }],
  ] as const) {
    const rater = await newPage()
    await logInAs(rater, baseUrl, name)
    await rater.goto(`${baseUrl}/#/pages/report/rating/index`)
    for (const [component, score] of Object.entries(scores)) await tapButton(rater, `score-${component}-${score}`)
    await tapButton(rater, 'rating-submit')
    await seeTextIn(rater.locator('.rating-mine'), '您已评价过本季度')
    await rater.close()
  }

  await street.goto(`${baseUrl}/#/pages/index/index`)
  await openDesk(street)
  await tapButton(street, 'street-open-quarter')
  await seeLocator(street.locator('.quarter-table'), 'the quarter overview')
  await namePanel(street, '和谐家园', [
    ['郑强', '社区党组织'],
    ['周明', '业委会或物管会'],
    ['王芳', '居民代表'],
  ])
  await namePanel(street, '幸福里', [
    ['郑强', '社区党组织'],
    ['钱进', '业委会或物管会'],
    ['李建国', '居民代表'],
  ])
  await seeTextIn(street.locator('.quarter-row', { hasText: '和谐家园' }), '待评：')
  await shot(street, 'panels-named')

  const community = await newPage()
  await logInAs(community, baseUrl, '郑强')
  await openSheet(community, '和谐家园')
  await saveSheet(community)
  await openSheet(community, '幸福里')
  const veto = community.locator('.sheet-veto', { hasText: '消防安全检查不合格' })
  await veto.locator('.veto-choice', { hasText: /^不合格/ }).click()
  await veto.locator('.veto-reason textarea').fill('3 号楼消防通道堆满杂物，灭火器过期')
  await attachPhoto(community, 'veto')
  await shot(community, 'veto-form')
  await saveSheet(community)

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openSheet(committee, '和谐家园')
  await deduct(committee, '合同履约与公开', '1', '10 月收支晚公开 6 天')
  await shot(committee, 'sheet-form')
  await saveSheet(committee)

  const resident = await newPage()
  await logInAs(resident, baseUrl, '王芳')
  await openSheet(resident, '和谐家园')
  await deduct(resident, '环境与秩序', '0.5', '2 号楼 1 单元楼道堆放纸箱')
  await saveSheet(resident)
  await setElderMode(resident, true)
  await seeLocator(resident.locator('.sheet-head'), 'the scoring form in elder mode')
  await shot(resident, 'sheet-elder')
  await setElderMode(resident, false)

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await openSheet(owner, '幸福里')
  await saveSheet(owner)

  await street.reload()
  await openSheet(street, '幸福里')
  await saveSheet(street)

  await street.goto(`${baseUrl}/#/pages/index/index`)
  await openDesk(street)
  await tapButton(street, 'street-open-quarter')
  for (const compound of ['和谐家园', '幸福里']) {
    const row = street.locator('.quarter-row', { hasText: compound })
    await seeTextIn(row, '评分齐全，可公布')
    await row.locator('.publish-result').click()
    await confirmDialog(street, `公布${compound}的结果`)
    await seeTextIn(row, '已公布')
  }
  const first = street.locator('.quarter-row', { hasText: '和谐家园' })
  await seeTextIn(first, '第 1 名')
  const second = street.locator('.quarter-row', { hasText: '幸福里' })
  await seeTextIn(second, '第 2 名')
  await seeTextIn(second.locator('.quarter-band'), '黑榜')
  await seeTextIn(second, '一票否决：消防安全检查不合格')
  await shot(street, 'ranking')
  await street.setViewportSize({ width: 1280, height: 900 })
  await shot(street, 'ranking-desktop')
  await second.locator('.open-result').click()
  const vetoed = await seeLocator(street.locator('.result-vetoes'), '幸福里’s failed veto item')
  await seeTextIn(vetoed, '3 号楼消防通道堆满杂物，灭火器过期')
  await seeLocator(vetoed.locator('.evidence-photo'), 'the photo of the blocked fire exit')
  await shot(street, 'veto-result-desktop')
  await street.goBack()
  await setElderMode(street, true)
  await seeTextIn(street.locator('.quarter-row', { hasText: '幸福里' }), '第 2 名')
  await shot(street, 'ranking-desktop-elder')
  await street.setViewportSize({ width: 375, height: 720 })
  await shot(street, 'ranking-elder')

  await resident.goto(`${baseUrl}/#/pages/report/rating/index`)
  const card = await seeLocator(resident.locator('.rubric-result-card'), 'the street’s result on 季度服务评价')
  await seeTextIn(card, '朝晖街道第 1 名（共 2 个小区）')
  await shot(resident, 'rating-with-result')
  await tapButton(resident, 'open-assessment')
  const summary = await seeLocator(resident.locator('.result-summary'), 'the result page')
  await seeTextIn(summary, '排名：第 1 名')
  const panelArea = resident.locator('.result-area', { hasText: '评议小组' })
  await seeTextIn(panelArea, '扣 0.5 分（居民代表）：2 号楼 1 单元楼道堆放纸箱')
  await seeTextIn(panelArea, '扣 1 分（业委会或物管会）：10 月收支晚公开 6 天')
  await seeLocator(panelArea.locator('.evidence-photo').first(), 'the photo of a deduction')
  await seeTextIn(resident.locator('.result-area', { hasText: '居民评价' }), '2 户业主评价')
  await shot(resident, 'result')
  await setElderMode(resident, true)
  await seeLocator(resident.locator('.result-summary'), 'the result in elder mode')
  await shot(resident, 'result-elder')
  await tapButton(resident, 'open-criteria')
  await seeTextIn(resident.locator('.rubric-vetoes'), '消防安全检查不合格')
  await shot(resident, 'criteria-elder')
}
