/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { api } from '../api'
import { check, eventually, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs, tapAction, tapButton, tapChip } from '../steps'

/** The demo books cover last month, so its report has money to chart. */
export const needsBooks = true

const COMPOUND = 'c-hexie'

/** Last month in Shanghai, as the 1st-of-the-month job drafts it. */
function lastMonth(now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3_600_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`
}

/** Brings a part of the page to the top of the screen, for a screenshot of it. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }))
}

/** Each chart's canvas fills its card on a 375 px phone, rather than a fixed 100 px box. */
async function chartsFillTheWidth(page: Page, elder: boolean): Promise<number> {
  let height = 0
  for (const key of ['tickets-flow', 'money-income', 'money-expense']) {
    const canvas = page.locator(`.report-chart--${key} canvas`).first()
    const box = await eventually(
      () => canvas.boundingBox(),
      (b) => !!b && b.width >= 290 && b.height > 0,
      `the ${key} chart as wide as its card${elder ? ' in elder mode' : ''}`,
    )
    if (key === 'money-expense') height = box?.height ?? 0
  }
  return height
}

/**
 * 周明 of the committee has published last month's report (through the API, as report-month does), then opens
 * 物业月报 on his phone: the charts fill the screen, in normal size and in elder mode. He makes a link valid
 * for 3 days for the owners' WeChat group. A neighbour who has never logged in opens it in a browser: the
 * month is there, with the phone number and the flat in the committee's words masked, and with the elder-mode
 * switch at the top. A link with one character changed is refused in words.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const month = lastMonth()
  const [y, m] = month.split('-')
  const title = `${y}年${Number(m)}月物业月报`
  const login = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId: 'committee' }),
  })
  const { token } = (await login.json()) as { token: string }
  const base = `/v1/compounds/${COMPOUND}/reports/${month}`
  const draft = await api(baseUrl, token, 'POST', `${base}/draft`)
  const narrative = {
    servicesDone: '完成 3 号楼电梯季度维保；5号楼1203漏水已修，住户 13812348888 已确认。',
    nextMonthPlan: '外墙清洗；消防设施年度检测。',
  }
  await api(baseUrl, token, 'PUT', `${base}/versions/${draft.version}/narrative`, { narrative })
  const published = await api(baseUrl, token, 'POST', `${base}/versions/${draft.version}/publish`, {})
  check(published.status === 'published', 'the report is published')

  const committee = page
  await logInAs(committee, baseUrl, '周明')
  await tapAction(committee, '物业月报')
  await seeText(committee, title)
  const normalHeight = await chartsFillTheWidth(committee, false)
  await scrollToTop(committee, '.report-chart--money-income')
  await shot(committee, 'charts')
  await scrollToTop(committee, '.report-chart--money-expense')
  await shot(committee, 'charts-expense')

  // Elder mode is one tap on home; the charts come back larger, still as wide as the screen.
  await committee.goto(`${baseUrl}/#/pages/index/index`)
  await committee.locator('.home-greeting .elder-toggle').click()
  await seeLocator(committee.locator('.page.elder'), 'home in elder mode')
  await tapAction(committee, '物业月报')
  await seeText(committee, title)
  const elderHeight = await chartsFillTheWidth(committee, true)
  check(elderHeight > normalHeight, `elder-mode charts are taller (${elderHeight} > ${normalHeight})`)
  await scrollToTop(committee, '.report-chart--money-income')
  await shot(committee, 'charts-elder')
  await scrollToTop(committee, '.report-chart--money-expense')
  await shot(committee, 'charts-expense-elder')

  await tapChip(committee, 'report-share-days', '3 天')
  await tapButton(committee, 'report-share-create')
  const url = (await seeLocator(committee.locator('.report-share__url'), 'the share link')).first()
  const link = ((await url.textContent()) ?? '').trim()
  check(link.startsWith(`${baseUrl}/#/pages/report/shared/index?token=`), `a link to the H5 page: ${link}`)
  await seeTextIn(committee.locator('.report-share'), '有效期至')
  await committee.locator('.report-share').scrollIntoViewIfNeeded()
  await shot(committee, 'link')
  await notSeeText(committee, '出错了')

  // A fresh browser: no session, no saved choices.
  const neighbour = await newPage()
  await neighbour.goto(link)
  await seeText(neighbour, title)
  await seeTextIn(neighbour.locator('.report-shared__compound'), '和谐家园')
  await seeTextIn(neighbour.locator('.report-services'), '住户 138****8888 已确认')
  await seeTextIn(neighbour.locator('.report-services'), '5栋**室漏水已修')
  await notSeeText(neighbour, '13812348888')
  await seeTextIn(neighbour.locator('.report-shared'), '个人信息已隐去')
  check((await neighbour.locator('.persona-card').count()) === 0, 'no login was asked for')
  check((await neighbour.locator('.report-pdf, .report-share, .report-edit-entry').count()) === 0, 'no member actions')
  await chartsFillTheWidth(neighbour, false)
  await shot(neighbour, 'shared')
  await scrollToTop(neighbour, '.report-services')
  await shot(neighbour, 'shared-narrative')

  await neighbour.locator('.report-shared .elder-toggle').click()
  await seeLocator(neighbour.locator('.page.elder'), 'the shared report in elder mode')
  const size = await neighbour
    .locator('.report-services .report-text')
    .evaluate((el) => Number.parseFloat(window.getComputedStyle(el).fontSize))
  check(size >= 18, `the narrative is ${size}px in elder mode, needs ≥ 18px`)
  await chartsFillTheWidth(neighbour, true)
  await scrollToTop(neighbour, '.report-shared')
  await shot(neighbour, 'shared-elder')
  await scrollToTop(neighbour, '.report-chart--money-income')
  await shot(neighbour, 'shared-charts-elder')

  const tampered = link.replace(/token=(.)/, (_, c: string) => `token=${c === 'e' ? 'f' : 'e'}`)
  const stranger = await newPage()
  await stranger.goto(tampered)
  await seeText(stranger, '这个分享链接无效')
  await notSeeText(stranger, title)
  await shot(stranger, 'tampered')
}
