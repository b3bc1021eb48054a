import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeTextIn } from '../assert'
import { api } from '../api'
import { logInAs, openTab, tapAction } from '../steps'

const COMPOUND = 'c-hexie'
const REPORTS = 24
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')

async function tokenOf(baseUrl: string, personaId: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId }),
  })
  return ((await res.json()) as { token: string }).token
}

/** One report of a dark stairwell, made through the API with its photo (the ticket journeys tap one in). */
async function report(baseUrl: string, token: string, n: number): Promise<string> {
  const upload = await api(baseUrl, token, 'POST', `/v1/compounds/${COMPOUND}/uploads`, {
    purpose: 'ticket_photo',
    contentType: 'image/jpeg',
    size: JPEG.length,
  })
  const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: JPEG })
  check(put.ok, 'the photo reaches the local store')
  const made = await api(baseUrl, token, 'POST', `/v1/compounds/${COMPOUND}/tickets`, {
    category: 'repair',
    location: { kind: 'unit', unitId: 'b2-1-201' },
    description: `楼道灯第 ${n} 次不亮`,
    photoKeys: [upload.key],
    idempotencyKey: `journey-long-lists-${n}`,
  })
  return String(made.ticket.ticketId)
}

/**
 * Starts counting the rows of 我的报修 the person can see, at every DOM change and every frame, while the page is
 * shown (a page navigated away from stays in the H5 DOM, hidden); `seenRows` reads the counts. Browser code goes
 * as text: tsx would wrap its functions in a naming helper the page does not have.
 */
const WATCH_MY_ROWS = `(() => {
  window.seenRows = []
  const look = () => {
    const card = document.querySelector('.my-tickets')
    if (card && card.offsetParent !== null) window.seenRows.push(card.querySelectorAll('.my-ticket').length)
  }
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true })
  const frame = () => {
    look()
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

const seenRows = async (page: Page) => (await page.evaluate('window.seenRows')) as number[]

/** The place labels in the visible rows that break over lines (`2-1-` above `201`), and rows without one. */
const BROKEN_PLACES = `((selector) => {
  const out = []
  for (const row of Array.from(document.querySelectorAll(selector))) {
    if (row.offsetParent === null) continue
    const label = row.querySelector('.place-label')
    if (!label) {
      out.push('no place label in ' + row.innerText)
      continue
    }
    const size = parseFloat(getComputedStyle(label).fontSize)
    const boxes = label.getClientRects().length
    const high = label.getBoundingClientRect().height
    if (boxes !== 1 || high > size * 2) out.push(label.innerText + ' in ' + boxes + ' boxes, ' + high + 'px high')
  }
  return out
})`

/** Every place label in the visible rows sits on one line of its own text. */
async function placesWhole(page: Page, rows: string, what: string): Promise<void> {
  const broken = (await page.evaluate(`${BROKEN_PLACES}(${JSON.stringify(rows)})`)) as string[]
  check(broken.length === 0, `${what}: place labels whole (${broken.slice(0, 3).join('; ')})`)
}

/**
 * 王芳 has reported the stairwell light {REPORTS} times this year. 我的报修 shows a phone screen of them and
 * 加载更多 the rest; 陈静's 网格工单 lists a screen of her grid's queue, most pressing first, and the rest on
 * 加载更多. Both again in 长辈模式.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const token = await tokenOf(baseUrl, 'resident')
  const ids: string[] = []
  for (let n = 1; n <= REPORTS; n++) ids.push(await report(baseUrl, token, n))

  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  await openTab(resident, '报修')
  const mine = await seeLocator(resident.locator('.my-tickets'), '我的报修')
  await seeTextIn(mine, '已显示 20 件')
  check((await resident.locator('.my-ticket').count()) === 20, 'a phone screen of her reports')
  await seeTextIn(resident.locator('.my-ticket').first(), `第 ${REPORTS} 次`)
  await shot(resident, 'mine')
  await (await seeLocator(resident.locator('.mine-more'), '加载更多 under her reports')).click()
  await eventually(
    () => resident.locator('.my-ticket').count(),
    (n) => n >= REPORTS,
    'every report after 加载更多',
  )
  await seeTextIn(resident.locator('.my-ticket').nth(REPORTS - 1), '第 1 次')

  // She opens the newest report and comes back: the list she had stays on screen, every row of it, while it is
  // read again, and 陈静's claim made meanwhile shows on the row once it is.
  const shownBefore = await resident.locator('.my-ticket').count()
  const newest = resident.locator('.my-ticket').first()
  await seeTextIn(newest, '待认领')
  await newest.click()
  await seeLocator(resident.locator('.ticket-detail'), 'the newest report opened')
  const grid = await tokenOf(baseUrl, 'grid-a')
  await api(baseUrl, grid, 'POST', `/v1/compounds/${COMPOUND}/tickets/${ids[REPORTS - 1]}/actions`, {
    type: 'claim',
  })
  await resident.evaluate(WATCH_MY_ROWS)
  await (await seeLocator(resident.locator('.title-bar__back'), '返回 on the report')).click()
  await seeTextIn(resident.locator('.my-ticket').first(), '已受理')
  const seen = await seenRows(resident)
  check(seen.length > 0, 'her reports seen again after coming back')
  check(
    seen.every((n) => n === shownBefore),
    `every one of her ${shownBefore} rows on screen throughout, never fewer (saw ${[...new Set(seen)].join(', ')})`,
  )
  check((await resident.locator('.my-ticket').count()) === shownBefore, 'the rows past the first page kept, read again')
  await shot(resident, 'mine-back')
  // The same after another tab, once 陈静 has called her: still every row, then 已联系.
  await openTab(resident, '首页')
  await api(baseUrl, grid, 'POST', `/v1/compounds/${COMPOUND}/tickets/${ids[REPORTS - 1]}/actions`, {
    type: 'contact',
  })
  await resident.evaluate(WATCH_MY_ROWS)
  await openTab(resident, '报修')
  await seeTextIn(resident.locator('.my-ticket').first(), '已联系')
  const seenAgain = await seenRows(resident)
  check(
    seenAgain.length > 0 && seenAgain.every((n) => n === shownBefore),
    `every row on screen after the tab switch too (saw ${[...new Set(seenAgain)].join(', ')})`,
  )

  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await tapAction(worker, '网格工单')
  await seeLocator(worker.locator('.queue-ticket').first(), 'her queue')
  const total = Number(
    /全部 (\d+)/.exec(await worker.locator('.queue-filter', { hasText: '全部' }).innerText())?.[1] ?? '0',
  )
  check(total >= REPORTS, `the whole queue counted (全部 ${total})`)
  check((await worker.locator('.queue-ticket').count()) === 20, 'a phone screen of her queue')
  const more = await seeLocator(worker.locator('.queue-more'), '加载更多 under her queue')
  await seeTextIn(more, `还有 ${total - 20} 件`)
  await placesWhole(worker, '.queue-ticket', 'her queue')
  await shot(worker, 'queue')
  await more.click()
  await eventually(
    () => worker.locator('.queue-ticket').count(),
    (n) => n === Math.min(total, 40),
    'the next screen of her queue',
  )

  // Both again in 长辈模式, switched on at home.
  await worker.goBack()
  for (const who of [resident, worker]) {
    await openTab(who, '首页')
    await (await seeLocator(who.locator('.home-greeting .elder-toggle'), 'the elder toggle on home')).click()
    await seeLocator(who.locator('.page.home.elder'), 'elder mode on')
  }
  await openTab(resident, '报修')
  await seeLocator(resident.locator('.page.elder .my-ticket'), 'her reports in elder mode')
  await placesWhole(resident, '.my-ticket', 'her reports in elder mode')
  // Opened afresh, the list starts again from its first screen, 加载更多 under it.
  await resident.reload()
  const elderMore = await seeLocator(resident.locator('.page.elder .mine-more'), '加载更多 in elder mode')
  await elderMore.scrollIntoViewIfNeeded()
  await shot(resident, 'mine-elder')
  await tapAction(worker, '网格工单')
  await seeLocator(worker.locator('.page.elder .queue-ticket').first(), 'her queue in elder mode')
  await placesWhole(worker, '.queue-ticket', 'her queue in elder mode')
  await shot(worker, 'queue-elder-top')
  const queueMore = await seeLocator(worker.locator('.page.elder .queue-more'), '加载更多 in elder mode')
  await queueMore.scrollIntoViewIfNeeded()
  await shot(worker, 'queue-elder')
}
