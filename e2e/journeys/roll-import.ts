import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { rollCsv, rollXlsx } from '../fixtures'
import { logInAs, tapAction, tapButton } from '../steps'

async function count(scope: Locator, cls: string): Promise<number> {
  return Number(await scope.locator(`.${cls}`).innerText())
}

/** Picks a file the way a person does: the button opens the browser's file chooser (a file input on H5). */
async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await tapButton(page, 'roll-pick-file')
  await (await chooser).setFiles({ name, mimeType, buffer })
  await seeText(page, `已选：${name}`)
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * A committee member checks a roll CSV with a bad row (nothing is written), fixes it in Excel, checks and imports
 * the .xlsx, and imports it again (nothing changes).
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  const stamp = Date.now().toString(36)
  await logInAs(page, baseUrl, '周明')
  await tapAction(page, '导入花名册')
  await seeLocator(page.locator('.roll-template'), 'the template download')

  await chooseFile(page, '花名册.csv', 'text/csv', Buffer.from(rollCsv(stamp, { badArea: true })))
  await tapButton(page, 'roll-check')
  const row = await seeLocator(page.locator('.row-error'), 'a row error')
  await seeTextIn(row, '3')
  await seeTextIn(row, '登记面积')
  await seeTextIn(row, '面积须为平方米数')
  await seeText(page, '未导入任何数据')
  check((await page.locator('.roll-checked, .roll-imported').count()) === 0, 'a bad file shows no result')
  await shot(page, 'row-error')

  await chooseFile(page, '花名册.xlsx', XLSX, await rollXlsx(stamp))
  await tapButton(page, 'roll-check')
  const checked = await seeLocator(page.locator('.roll-checked'), 'the check result')
  check((await count(checked, 'count-created')) > 0, 'the check finds records to create')
  await tapButton(page, 'roll-commit')
  const imported = await seeLocator(page.locator('.roll-imported'), 'the import result')
  const created = await count(imported, 'count-created')
  check(created > 0, `the first import creates records, got ${created}`)
  check((await count(imported, 'count-unchanged')) === 0, 'nothing unchanged in a new building')

  await tapButton(page, 'roll-commit')
  await page.waitForTimeout(300)
  const again = await seeLocator(page.locator('.roll-imported'), 'the second import result')
  await seeTextIn(again, '导入完成')
  const [c, u, same] = [
    await count(again, 'count-created'),
    await count(again, 'count-updated'),
    await count(again, 'count-unchanged'),
  ]
  check(
    c === 0 && u === 0 && same === created,
    `importing again changes nothing: created ${c}, updated ${u}, unchanged ${same} of ${created}`,
  )
}
