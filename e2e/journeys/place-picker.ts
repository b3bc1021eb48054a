import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn, openPage } from '../a11y'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs, tapAction, tapButton, tapChip } from '../steps'
import { addPhoto, pickPlace } from './ticket-lifecycle'

/**
 * 王芳 finds a room by typing its number, then reports the stairwell of 2号楼 1单元 instead: the ticket keeps
 * the entrance (2号楼 1单元 楼道, not the whole building). The title bar's 返回 takes her back, and home when
 * she opened the ticket from a link. In elder mode the picker is still a row of floors and then the rooms.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '王芳')
  await tapAction(page, '随手拍报修')
  await seeTextIn(page.locator('.title-bar:visible'), '随手拍')

  await page.locator('.unit-search input').fill('2栋1单元201')
  await tapChip(page, 'unit-found-chip', '2-1-201')
  await seeLocator(page.locator('.floor-chip.choice-chip--selected', { hasText: '2层' }), 'floor 2 chosen')
  await seeLocator(page.locator('.unit-chip.choice-chip--selected', { hasText: '2-1-201' }), 'the room chosen')
  await shot(page, 'picker-room')

  await tapChip(page, 'floor-chip', '本单元楼道')
  const selected = page.locator('.field-place .choice-chip--selected')
  const chosen = (await selected.allTextContents()).map((t) => t.trim())
  check(
    JSON.stringify(chosen) === JSON.stringify(['楼栋里', '2号楼', '1单元', '本单元楼道']),
    `one chip per level is chosen, got ${chosen.join(' / ')}`,
  )
  await addPhoto(page, 'report-photo-album', 'stairs.png')
  await tapChip(page, 'category-chip', '公共维修')
  await page.locator('.report-description textarea').fill('1单元楼道扶手松了')
  await shot(page, 'picker-entrance-stairwell')
  await tapButton(page, 'report-submit')
  await seeLocator(page.locator('.report-done'), 'the report confirmation')

  await tapButton(page, 'open-my-ticket')
  await seeTextIn(page.locator('.ticket-summary:visible'), '2号楼 1单元 楼道')
  const ticketId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? ''
  check(ticketId !== '', `the ticket page names its ticket (${page.url()})`)
  await shot(page, 'detail-with-back')
  await page.locator('.title-bar__back:visible').click()
  await seeLocator(page.locator('.report-done:visible'), 'back on the confirmation')

  // Opened from a link, the page has nothing behind it: 返回 goes home.
  await openPage(page, baseUrl, 'pages/tickets/detail/index', { id: ticketId })
  await page.locator('.title-bar__back:visible').click()
  await seeText(page, /王芳，/)
  check((await page.locator('.title-bar:visible').count()) === 0, 'home, a tab page, has no back')

  await elderOn(page)
  await tapAction(page, '随手拍报修')
  await pickPlace(page, { building: '3号楼', entrance: '2单元', floor: '7层' })
  await seeLocator(page.locator('.unit-chip', { hasText: '3-2-702' }), 'the rooms of floor 7')
  check((await page.locator('.unit-chip:visible').count()) <= 9, 'only one floor of rooms is listed')
  await shot(page, 'picker-elder')
}
