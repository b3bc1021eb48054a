/// <reference lib="dom" />
import type { Locator } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator } from '../assert'
import { logInAs } from '../steps'

async function textMetrics(locator: Locator): Promise<{ fontSize: number; lineHeight: number }> {
  return locator.evaluate((el) => {
    const style = window.getComputedStyle(el)
    const fontSize = Number.parseFloat(style.fontSize)
    const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : Number.parseFloat(style.lineHeight)
    return { fontSize, lineHeight }
  })
}

async function box(locator: Locator): Promise<{ width: number; height: number }> {
  const b = await locator.boundingBox()
  check(b, 'element has a box')
  return { width: b.width, height: b.height }
}

/** One tap on home turns elder mode on: text ≥ 18 px with line height ≥ 1.3, targets ≥ 60×60 (DOMAIN A1). */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '王芳')
  const hint = page.locator('.action-tile__hint').first()
  const root = page.locator('.page').first()
  await seeLocator(hint, 'an action hint')
  const before = await textMetrics(root)
  check(before.fontSize < 18, `main text starts in normal size, got ${before.fontSize}px`)
  await shot(page, 'off')

  const toggle = page.locator('.home-greeting .elder-toggle')
  await toggle.click()
  await seeLocator(page.locator('.page.elder'), 'the page in elder mode')
  await eventually(
    () => textMetrics(root),
    (m) => m.fontSize >= 18,
    'main text reaches 18px',
  )
  for (const [what, locator] of [
    ['main text', root],
    ['an action hint', hint],
    ['an action label', page.locator('.action-tile__label').first()],
    ['a role label', page.locator('.role-tag').first()],
  ] as const) {
    const m = await textMetrics(locator)
    check(m.fontSize >= 18, `${what} is ${m.fontSize}px in elder mode, needs ≥ 18px`)
    check(
      m.lineHeight >= 1.3 * m.fontSize - 0.5,
      `${what} line height ${m.lineHeight}px is under 1.3 × ${m.fontSize}px`,
    )
  }
  for (const [what, locator] of [
    ['the elder toggle', toggle],
    ['a quick action', page.locator('.action-tile').first()],
  ] as const) {
    const b = await box(locator)
    check(b.width >= 60 && b.height >= 60, `${what} is ${b.width}×${b.height}, needs ≥ 60×60`)
  }
  await shot(page, 'on')

  // The choice is kept (DOMAIN A1: persisted) and one more tap turns it off.
  await page.reload()
  await seeLocator(page.locator('.page.elder'), 'elder mode after reload')
  await page.locator('.home-greeting .elder-toggle').click()
  await eventually(
    () => textMetrics(root),
    (m) => m.fontSize === before.fontSize,
    'text back to normal size',
  )
}
