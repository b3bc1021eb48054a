import type { JourneyContext } from '../../scripts/e2e-run'
import { check, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs } from '../steps'
import { api } from '../api'

/** The demo books cover last month, so its report has money in it. */
export const needsBooks = true

const COMPOUND = 'c-hexie'

/** Last month in Shanghai, as the 1st-of-the-month job drafts it. */
function lastMonth(now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3_600_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`
}

/**
 * 周明 of the committee drafts last month's report, writes what was done and what comes next, and publishes
 * it (through the API: the committee's editing screen is not built yet). 王芳, a resident, opens 物业月报 and
 * reads the month: the ticket and money figures the system drew, and the committee's words.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  const month = lastMonth()
  const login = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId: 'committee' }),
  })
  const { token } = (await login.json()) as { token: string }
  const base = `/v1/compounds/${COMPOUND}/reports/${month}`
  const draft = await api(baseUrl, token, 'POST', `${base}/draft`)
  const narrative = {
    servicesDone: '完成 3 号楼电梯季度维保；清理地下车库杂物。',
    nextMonthPlan: '外墙清洗；消防设施年度检测。',
  }
  await api(baseUrl, token, 'PUT', `${base}/versions/${draft.version}/narrative`, { narrative })
  const published = await api(baseUrl, token, 'POST', `${base}/versions/${draft.version}/publish`, {})
  check(published.status === 'published', 'the report is published')

  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  await resident.goto(`${baseUrl}/#/pages/report/month/index`)
  const [y, m] = month.split('-')
  await seeText(resident, `${y}年${Number(m)}月物业月报`)
  await seeTextIn(resident.locator('.report-services'), '完成 3 号楼电梯季度维保')
  await seeTextIn(resident.locator('.report-plan'), '消防设施年度检测')
  const income = await seeLocator(resident.locator('.report-income-total'), 'the income total')
  const fen = published.figures.money.incomeTotalFen as number
  await seeTextIn(income, `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`)
  await seeTextIn(resident.locator('.report-new'), `${published.figures.tickets.stats.submitted as number} 件`)
  await seeTextIn(resident.locator('.report-money'), '物业费收缴率')
  await notSeeText(resident, '出错了')
  await shot(resident, 'published')
}
