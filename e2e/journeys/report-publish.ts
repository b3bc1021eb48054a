import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, notSeeText, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs, tapAction, tapButton } from '../steps'

/** The demo books cover last month, so its report has money to chart. */
export const needsBooks = true

/** Last month in Shanghai: the month the committee screen opens first. */
function lastMonth(now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3_600_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`
}

/**
 * 周明 of the committee opens 物业月报, goes to the editing screen, where last month's draft is made for him,
 * writes what was done and what comes next, and publishes. 王芳, a resident, reads the month with its charts
 * (she has no editing entry) and downloads the PDF.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const month = lastMonth()
  const [y, m] = month.split('-')
  const title = `${y}年${Number(m)}月物业月报`

  const committee = page
  await logInAs(committee, baseUrl, '周明')
  await tapAction(committee, '物业月报')
  await seeText(committee, '还没有发布的物业月报。')
  await tapButton(committee, 'report-edit-entry')
  const head = await seeLocator(committee.locator('.report-editor-head'), 'the draft of last month')
  await seeTextIn(head, title)
  await seeTextIn(head, '第1版 · 草稿')
  await seeTextIn(committee.locator('.report-tickets'), '新增工单')
  await seeTextIn(committee.locator('.report-money'), '收入合计')
  await committee.locator('.report-edit-services textarea').fill('完成 3 号楼电梯季度维保；清理地下车库杂物。')
  await committee.locator('.report-edit-plan textarea').fill('外墙清洗；消防设施年度检测。')
  await shot(committee, 'draft')
  await tapButton(committee, 'report-edit-publish')
  await seeTextIn(committee.locator('.report-editor-head'), '第1版 · 已发布')
  await seeTextIn(committee.locator('.report-versions'), '已发布')
  await seeLocator(committee.locator('.report-edit-correct'), 'the correction button')
  await notSeeText(committee, '出错了')

  const resident = await newPage()
  await logInAs(resident, baseUrl, '王芳')
  await tapAction(resident, '物业月报')
  await seeText(resident, title)
  await seeTextIn(resident.locator('.report-services'), '完成 3 号楼电梯季度维保')
  await seeTextIn(resident.locator('.report-plan'), '消防设施年度检测')
  check((await resident.locator('.report-edit-entry').count()) === 0, 'a resident has no editing entry')

  // Charts: a drawn canvas inside each chart container, with its numbers as text beside it.
  for (const key of ['tickets-flow', 'money-income', 'money-expense']) {
    const canvas = resident.locator(`.report-chart--${key} canvas`).first()
    const box = await eventually(
      () => canvas.boundingBox(),
      (b) => !!b && b.width > 0 && b.height > 0,
      `a drawn canvas in the ${key} chart`,
    )
    check(box !== null, `the ${key} chart has a size`)
    const label = await resident.locator(`.report-chart--${key} .report-chart__canvas`).getAttribute('aria-label')
    check(!!label && /\d/.test(label), `the ${key} chart has its numbers in an aria-label: ${label}`)
  }
  await seeTextIn(resident.locator('.report-chart--tickets-flow .report-chart__table'), '新增')
  await shot(resident, 'charts')

  const [download] = await Promise.all([resident.waitForEvent('download'), tapButton(resident, 'report-pdf')])
  const file = await download.path()
  check(file !== null, 'the PDF was saved')
  const bytes = await readFile(file)
  check(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the download is a PDF')
  // Read as a PDF viewer would (poppler): the title and the committee's words are text in the embedded font.
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  check(text.includes(title), `the PDF carries the title ${title}`)
  check(text.includes('完成 3 号楼电梯季度维保'), 'the PDF carries the narrative')
  const name = download.suggestedFilename()
  check(name === `和谐家园-${title}-第1版.pdf`, `a Chinese file name: ${name}`)
  await notSeeText(resident, '出错了')
}
