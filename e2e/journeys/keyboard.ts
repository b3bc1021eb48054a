/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator } from '../assert'
import { logInAs } from '../steps'

/** Presses Tab until the focused element's text starts with `label`; fails after `limit` presses. */
async function tabTo(page: Page, label: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '')
    if (text.startsWith(label)) return
  }
  throw new Error(`Tab never reached “${label}” in ${limit} presses`)
}

/**
 * Someone using the H5 app from a keyboard (WCAG 2.1.1): Tab reaches 随手拍报修 on home and Enter opens the
 * report form; on the form, Tab reaches a category and Space chooses it.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '王芳')
  await tabTo(page, '随手拍报修')
  await page.keyboard.press('Enter')
  await seeLocator(page.locator('.report-form'), 'the report form, opened with Enter')

  const chip = page.locator('.category-chip', { hasText: /^公共维修/ })
  await seeLocator(chip, 'the category 公共维修')
  check((await chip.getAttribute('aria-checked')) !== 'true', '公共维修 starts unchosen')
  await tabTo(page, '公共维修')
  await page.keyboard.press(' ')
  await eventually(
    () => chip.getAttribute('aria-checked'),
    (v) => v === 'true',
    '公共维修 chosen with Space',
  )
  await shot(page, 'category-by-keyboard')
}
