/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { pickDay } from '../pickers'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'

const TITLE = '2号楼明日停水'
const BODY = '因二次供水水箱清洗，2号楼明日停水，请提前储水。给您带来不便，敬请谅解。'

/** Tomorrow in Beijing, `2026-12-09`. */
function tomorrow(): string {
  return new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10)
}

async function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => Number.parseFloat(window.getComputedStyle(el).fontSize))
}

async function home(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/index/index`)
  await seeLocator(page.locator('.home-greeting'), 'the home page')
}

/**
 * 孙丽 (property staff) posts 停水 for 2号楼 from 首页 → 小区公告 → 发布公告, choosing the building and the end day on
 * the wheel. The outbox runs (the stack's own trigger). 李建国, who owns a flat in 2号楼, sees the notice at
 * the top of his home page and in 消息, opens it and reads the whole text; his home card then no longer says 未读,
 * and in elder mode it is large. 孙丽's list shows 已读 1. 张伟, who lives in 1号楼, sees nothing of it. Last,
 * 孙丽 withdraws it after a confirmation, and it leaves 李建国's home page.
 */
export async function run({ baseUrl, page, newPage, runJobs, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '小区公告')
  await tapButton(staff, 'bulletin-new')
  await seeLocator(staff.locator('.bulletin-form'), 'the notice form')
  await tapChip(staff, 'bulletin-kind-chip', '停水')
  await staff.locator('.bulletin-title-input input').fill(TITLE)
  await staff.locator('.bulletin-body-input textarea').fill(BODY)
  await tapChip(staff, 'scope-kind-chip', '一栋楼')
  await tapChip(staff, 'scope-building-chip', '2号楼')
  // Sending without an end time is refused under its field, in words.
  await tapButton(staff, 'bulletin-submit')
  await seeTextIn(staff.locator('.field-ends .field__error'), '请选择结束时间')
  await shot(staff, 'form-missing-end')
  await pickDay(staff, staff.locator('.bulletin-ends .date-field:not(.date-field--time)'), tomorrow())
  // Picking the day sets the time to 09:00, which is when the water comes back here.
  check((await staff.locator('.field-ends .field__error').count()) === 0, 'the end-time error clears once picked')
  await shot(staff, 'form')
  await tapButton(staff, 'bulletin-submit')
  const row = await seeLocator(staff.locator('.bulletin-row', { hasText: TITLE }), 'the new notice in the list')
  await seeTextIn(row, '2号楼')
  await seeTextIn(row, '已读 0')
  await shot(staff, 'list-posted')

  await runJobs()

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  const card = await seeLocator(owner.locator('.home-bulletin', { hasText: TITLE }), 'the notice on his home page')
  await seeTextIn(card, '停水')
  await seeTextIn(card, '未读')
  await shot(owner, 'home')
  await owner.locator('.inbox-entry').click()
  const message = await seeLocator(owner.locator('.inbox-item', { hasText: TITLE }), 'the notice in 消息')
  await seeTextIn(message, '公告')
  await shot(owner, 'inbox')
  await message.click()
  const detail = await seeLocator(owner.locator('.bulletin-detail'), 'the notice in full')
  await seeTextIn(detail, BODY)
  await seeTextIn(detail, '范围：2号楼')
  await seeTextIn(detail, '物业 孙丽')
  check((await owner.locator('.bulletin-withdraw').count()) === 0, 'a resident cannot withdraw it')
  check((await owner.locator('.bulletin-counts').count()) === 0, 'a resident does not see the read counts')
  await shot(owner, 'detail')
  await home(owner, baseUrl)
  const readCard = await seeLocator(owner.locator('.home-bulletin', { hasText: TITLE }), 'the card after reading')
  await eventually(
    () => readCard.innerText(),
    (text) => !text.includes('未读'),
    'the card no longer says 未读 once he has read it',
  )

  // Elder mode (DOMAIN A1): the card's title reaches 18 px and the card stays a large target.
  await owner.locator('.home-greeting .elder-toggle').click()
  await seeLocator(owner.locator('.page.elder'), 'home in elder mode')
  const title = readCard.locator('.home-bulletin__title')
  await eventually(
    () => fontPx(title),
    (px) => px >= 18,
    'the notice title reaches 18 px in elder mode',
  )
  const box = await readCard.boundingBox()
  check(box && box.height >= 60 && box.width >= 60, 'the notice card is at least 60×60 in elder mode')
  await shot(owner, 'home-elder')

  await staff.reload()
  const counted = await seeLocator(staff.locator('.bulletin-row', { hasText: TITLE }), 'the notice after his read')
  await eventually(
    () => counted.innerText(),
    (text) => text.includes('已读 1 / 应读 2'),
    'the list says 已读 1 / 应读 2 (李建国 and 吴红 live in 2号楼)',
  )
  await shot(staff, 'list-read')

  const neighbour = await newPage()
  await logInAs(neighbour, baseUrl, '张伟')
  await seeLocator(neighbour.locator('.inbox-entry'), 'his home page')
  await notSeeText(neighbour, TITLE, 1000)
  check((await neighbour.locator('.home-bulletin').count()) === 0, 'no notice card for a resident of 1号楼')
  await neighbour.locator('.inbox-entry').click()
  await seeText(neighbour, /没有未读消息|还没有消息/)
  await notSeeText(neighbour, TITLE)
  await shot(neighbour, 'other-building-inbox')

  await counted.click()
  const mine = await seeLocator(staff.locator('.bulletin-detail'), 'the notice as its author sees it')
  await seeTextIn(mine.locator('.bulletin-counts'), '已读 1 / 应读 2')
  await tapButton(staff, 'bulletin-withdraw')
  await confirmDialog(staff, '撤回这条公告')
  await seeTextIn(mine, '已撤回')
  await eventually(
    () => staff.locator('.taro-modal__content').isVisible(),
    (open) => !open,
    'the confirmation closes',
  )
  await shot(staff, 'withdrawn')
  // He is still on home: he pulls it fresh, as opening the app again would.
  await owner.reload()
  await seeLocator(owner.locator('.inbox-entry'), 'his home page again')
  await eventually(
    () => owner.locator('.home-bulletin', { hasText: TITLE }).count(),
    (n) => n === 0,
    'the withdrawn notice leaves his home page',
  )
}
