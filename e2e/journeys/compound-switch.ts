import type { JourneyContext } from '../../scripts/e2e-run'
import { eventually, notSeeText, seeLocator, seeTextIn } from '../assert'
import { logInAs } from '../steps'

/** 李建国 owns units in 和谐家园 and rents in 幸福里: he switches and home follows. */
export async function run({ baseUrl, page }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '李建国')
  const greeting = page.locator('.home-greeting')
  await seeTextIn(greeting, '和谐家园')
  await seeLocator(page.locator('.my-units'), 'his units in 和谐家园')

  await greeting.locator('.compound-switch__button').click()
  await page.locator('.compound-option', { hasText: '幸福里' }).click()
  await eventually(
    () => greeting.locator('.current-compound').innerText(),
    (t) => t === '幸福里',
    'home shows 幸福里',
  )
  await seeTextIn(greeting, '住户')
  await seeLocator(
    page.locator('.action-tile', { hasText: '认证业主' }),
    'the binding entry in 幸福里, where he is not an owner',
  )
  await notSeeText(page, '1-1-101')

  // The choice is kept on this phone.
  await page.reload()
  await eventually(
    () => page.locator('.home-greeting .current-compound').innerText(),
    (t) => t === '幸福里',
    '幸福里 after reload',
  )
}
