import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { confirmDialog, logInAs, tapAction } from '../steps'

export const needsActivity = true

const KEY = '1栋1单元101 防盗门备用钥匙'

/**
 * 钥匙管家 (DOMAIN H4): 李建国's spare key is kept by 王芳 and 张伟 (the demo seeds it). 王芳 starts a release
 * with a photo and a reason; 张伟, the second custodian, confirms; the key is not out until 李建国 consents in
 * the app, which he does from the message he got at once. 王芳 records the key back in her keeping; he reads the
 * log with the photo taken at the release, in normal and elder mode.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const wang = page
  await logInAs(wang, baseUrl, '王芳')
  await tapAction(wang, '邻里互助')
  await (await seeLocator(wang.locator('.action-tile:visible', { hasText: '托邻居保管备用钥匙' }), '钥匙管家')).click()
  const kept = await seeLocator(wang.locator('.nb-key:visible', { hasText: KEY }), 'the key 王芳 keeps')
  await seeTextIn(kept, '业主：李建国')
  await kept.locator('.nb-release-reason textarea').fill('李叔在外地，托我们取出降压药送去')
  const [chooser] = await Promise.all([wang.waitForEvent('filechooser'), kept.locator('.nb-release-photo').click()])
  await chooser.setFiles({ name: 'key.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeTextIn(kept, '已拍照')
  await kept.locator('.nb-release-open').click()
  await confirmDialog(wang, '申请取用钥匙')
  await seeTextIn(kept, '等另一位保管人确认')
  await shot(wang, 'opened')

  const zhang = await newPage()
  await logInAs(zhang, baseUrl, '张伟')
  await zhang.goto(`${baseUrl}/#/pages/neighbours/keys/index`)
  const second = await seeLocator(zhang.locator('.nb-key:visible', { hasText: KEY }), 'the key 张伟 keeps')
  await seeTextIn(second, '降压药')
  await second.locator('.nb-confirm-release').click()
  await seeTextIn(second, '到场保管人：王芳、张伟')
  await seeTextIn(second, '业主同意：尚未同意')
  await seeTextIn(second, '保管中')
  await shot(zhang, 'confirmed')

  const li = await newPage()
  await logInAs(li, baseUrl, '李建国')
  await (await seeLocator(li.locator('.inbox-entry'), 'the 消息 tile on home')).click()
  const told = await seeLocator(li.locator('.inbox-item', { hasText: '钥匙管家' }).first(), 'the key message in 消息')
  await told.click()
  const own = await seeLocator(li.locator('.nb-key:visible', { hasText: KEY }), 'his key')
  await seeTextIn(own, '到场保管人：王芳、张伟')
  await own.locator('.nb-consent-release').click()
  await confirmDialog(li, '同意取用钥匙')
  await seeTextIn(own, '已取用')

  // The medicine fetched, 王芳 puts the key back in her keeping and records it; 李建国 is told.
  await wang.reload()
  const out = await seeLocator(wang.locator('.nb-key:visible', { hasText: KEY }), 'the key out')
  await out.locator('.nb-return-key').click()
  await confirmDialog(wang, '钥匙已放回')
  await seeTextIn(out, '保管中')
  await seeTextIn(out, '已放回：王芳')
  await shot(wang, 'returned')

  await li.reload()
  const back = await seeLocator(li.locator('.nb-key:visible', { hasText: KEY }), 'his key back in keeping')
  await seeTextIn(back, '已放回：王芳')
  await back.locator('.nb-key-log').click()
  const log = await seeLocator(back.locator('.nb-log'), 'the log')
  for (const line of [
    '存放钥匙',
    '申请取用钥匙',
    '第二位保管人到场确认',
    '业主在小程序中同意取用',
    '王芳、张伟 两人到场',
    '钥匙已放回，继续保管',
  ])
    await seeTextIn(log, line)
  await seeLocator(log.locator('.nb-log__photo img, img.nb-log__photo, .nb-log__photo').first(), 'the release photo')
  await log.scrollIntoViewIfNeeded()
  await shot(li, 'log')
  await back.locator('.nb-key-log').click()
  check((await back.locator('.nb-log').count()) === 0, 'the log closes again with 收起记录')

  await setElderMode(li, true)
  await li.goto(`${baseUrl}/#/pages/neighbours/keys/index`)
  const elder = await seeLocator(li.locator('.nb-key:visible', { hasText: KEY }), 'his key in elder mode')
  await elder.locator('.nb-key-log').click()
  await seeText(li, '业主在小程序中同意取用')
  check((await elder.locator('.nb-withdraw').count()) === 1, 'he can still withdraw the key')
  // The secondary buttons take elder-mode sizes too (A1): 20 px text, a 60 px target.
  for (const button of ['.nb-key-log', '.nb-withdraw']) {
    const { font, height } = await elder.locator(button).evaluate((el) => ({
      font: parseFloat(getComputedStyle(el).fontSize),
      height: el.getBoundingClientRect().height,
    }))
    check(font >= 20 && height >= 60, `${button} in elder mode: ${font}px text, ${height}px high`)
  }
  await shot(li, 'log-elder')
}
