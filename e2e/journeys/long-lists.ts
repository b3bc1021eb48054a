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
async function report(baseUrl: string, token: string, n: number): Promise<void> {
  const upload = await api(baseUrl, token, 'POST', `/v1/compounds/${COMPOUND}/uploads`, {
    purpose: 'ticket_photo',
    contentType: 'image/jpeg',
    size: JPEG.length,
  })
  const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: JPEG })
  check(put.ok, 'the photo reaches the local store')
  await api(baseUrl, token, 'POST', `/v1/compounds/${COMPOUND}/tickets`, {
    category: 'repair',
    location: { kind: 'unit', unitId: 'b2-1-201' },
    description: `楼道灯第 ${n} 次不亮`,
    photoKeys: [upload.key],
    idempotencyKey: `journey-long-lists-${n}`,
  })
}

/**
 * 王芳 has reported the stairwell light {REPORTS} times this year. 我的报修 shows a phone screen of them and
 * 加载更多 the rest; 陈静's 网格工单 lists a screen of her grid's queue, most pressing first, and the rest on
 * 加载更多. Both again in 长辈模式.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const token = await tokenOf(baseUrl, 'resident')
  for (let n = 1; n <= REPORTS; n++) await report(baseUrl, token, n)

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
  // Opened afresh, the list starts again from its first screen, 加载更多 under it.
  await resident.reload()
  const elderMore = await seeLocator(resident.locator('.page.elder .mine-more'), '加载更多 in elder mode')
  await elderMore.scrollIntoViewIfNeeded()
  await shot(resident, 'mine-elder')
  await tapAction(worker, '网格工单')
  const queueMore = await seeLocator(worker.locator('.page.elder .queue-more'), '加载更多 in elder mode')
  await queueMore.scrollIntoViewIfNeeded()
  await shot(worker, 'queue-elder')
}
