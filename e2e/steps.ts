import type { Locator, Page } from 'playwright-core'
import { JourneyFailure, check, seeLocator, seeText } from './assert'
import { evidencePng } from './fixtures'

/** What a person does in the app, written once so journeys read like their story. */

export async function openLogin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`)
  await seeLocator(page.locator('.persona-card'), 'the persona picker')
}

/** Starts from a clean phone (no session, no saved choices) and logs in by tapping the person's card. */
export async function logInAs(page: Page, baseUrl: string, displayName: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`)
  await page.evaluate('window.localStorage.clear()')
  await page.reload()
  await seeLocator(page.locator('.persona-card'), 'the persona picker')
  await page.locator('.persona-card', { hasText: displayName }).first().click()
  let greeting: Locator
  try {
    greeting = await seeLocator(page.locator('.home-greeting'), `the home page of ${displayName}`)
  } catch (err) {
    // What the login page said, if anything (a 429 from the login limit once hid above the fold here).
    const shown = await page.locator('.status--error').allInnerTexts()
    if (shown.length > 0) throw new JourneyFailure(`logging in as ${displayName}: ${shown.join(' / ')}`)
    throw err
  }
  await seeText(page, new RegExp(`${displayName}，`))
  check(await greeting.isVisible(), 'home greeting visible')
}

export async function openTab(page: Page, label: '首页' | '报修' | '议事' | '账本' | '我的'): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).click()
}

/** Taps a quick action on home by its label. */
export async function tapAction(page: Page, label: string): Promise<void> {
  await (
    await seeLocator(page.locator('.action-tile:visible', { hasText: label }), `the quick action ${label}`)
  ).click()
}

export async function tapChip(page: Page, chipClass: string, label: string): Promise<void> {
  const chip = page.locator(`.${chipClass}`, { hasText: new RegExp(`^${label}`) })
  await (await seeLocator(chip, `the choice ${label}`)).click()
}

export async function tapButton(page: Page, className: string): Promise<void> {
  await (await seeLocator(page.locator(`.${className}`), `the button .${className}`)).click()
}

/**
 * Answers the confirmation an irreversible step asks first (lib/feedback.ts#confirm: Taro's modal on H5). The
 * dialog box is looked for, not Taro's outer `.taro__modal`: that wrapper holds only fixed-position children, so
 * it has no size and never counts as visible.
 */
export async function confirmDialog(page: Page, says: string): Promise<void> {
  const modal = await seeLocator(page.locator('.taro-modal__content', { hasText: says }), `the confirmation "${says}"`)
  await modal.locator('.taro-model__confirm').click()
}

/** A person the app has never seen logs in with 新用户登录 and lands on home. */
export async function logInAsNewcomer(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/login/index`)
  await page.evaluate('window.localStorage.clear()')
  await page.reload()
  await page.locator('.new-user-name input').fill(name)
  await tapButton(page, 'new-user-submit')
  await seeText(page, new RegExp(`${name}，`))
}

/** The invite code just issued on the page (8 characters, no look-alike letters). */
export async function issuedCode(page: Page): Promise<string> {
  const shown = await seeLocator(page.locator('.issued-invite__code').last(), 'the invite code')
  const code = (await shown.innerText()).trim()
  check(/^[A-Z2-9]{8}$/.test(code), `an 8-character invite code, got "${code}"`)
  return code
}

/** 我的 → 输入邀请码: types the code and accepts it. */
export async function acceptInvite(page: Page, code: string): Promise<void> {
  await openTab(page, '我的')
  await page.locator('.invite-entry').click()
  await page.locator('.invite-code-input input').fill(code)
  await (await seeLocator(page.locator('.invite-accept-button'), 'the accept button')).click()
  await seeLocator(page.locator('.invite-done'), 'the accepted invite')
}

/** On 提交支出: attaches the invoice photo from the album, and waits until it is uploaded. */
export async function attachInvoice(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.receipt-invoice .receipt-album').click(),
  ])
  await chooser.setFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeText(page, '发票已上传')
}
