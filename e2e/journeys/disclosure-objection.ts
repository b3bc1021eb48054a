/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { logInAs, tapAction, tapButton } from '../steps'

const COMPOUND = 'c-hexie'
const FEES = '物业费：住宅 2.50 元/平方米·月\n地面停车费：300 元/月\n装修垃圾清运费：按每户 200 元一次性收取'

/** Beijing-time "6月3日" of an ISO time, as the app writes a reply-by date. */
function monthDay(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000)
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`
}

async function tokenOf(baseUrl: string, personaId: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personaId }),
  })
  return ((await res.json()) as { token: string }).token
}

async function openBoard(page: Page): Promise<void> {
  await tapAction(page, '公开栏')
  await seeLocator(page.locator('.disclosure-summary'), 'the disclosure board')
}

/** Opens the editor of a section and replaces its items. */
async function startEditing(page: Page, section: string, text: string): Promise<void> {
  const card = page.locator(`.disclosure-${section}`)
  await (await seeLocator(card.locator('.disclosure-edit'), `the edit button of ${section}`)).click()
  await card.locator('.section-content textarea').fill(text)
}

/** Taps the five-point score of each component of the quarterly rating, then submits. */
async function rate(
  page: Page,
  scores: Record<'attitude' | 'repairs' | 'cleaning' | 'security', number>,
): Promise<void> {
  for (const [component, score] of Object.entries(scores)) await tapButton(page, `score-${component}-${score}`)
  await tapButton(page, 'rating-submit')
  await seeTextIn(page.locator('.rating-mine'), '您已评价过本季度')
}

/**
 * 孙丽 of the property company posts the fee standards on 公开栏 while 周明 of the committee has the same
 * section open; his later save is refused with a clear message and the board shows her version. 李建国, an
 * owner, opens 公开栏 from home, sees the fee standards dated today and the sections never posted flagged, and
 * objects to the renovation-waste fee with a photo; he is told by when the company must answer and opens the
 * ticket. 孙丽 finds it on her 派单台. 王芳 rates the quarter; after 李建国 rates it too, the score changes.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const staff = page
  await logInAs(staff, baseUrl, '孙丽')
  await openBoard(staff)
  await seeTextIn(staff.locator('.disclosure-fee_standards .disclosure-fresh'), '未公示')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openBoard(committee)
  await startEditing(committee, 'fee_standards', '物业费：住宅 2.60 元/平方米·月')

  await startEditing(staff, 'fee_standards', FEES)
  await tapButton(staff, 'section-save')
  const fees = staff.locator('.disclosure-fee_standards')
  await seeTextIn(fees, '第 1 版')
  await seeTextIn(fees.locator('.disclosure-fresh'), '在有效期内')
  await shot(staff, 'posted')

  await tapButton(committee, 'section-save')
  await seeTextIn(committee.locator('.disclosure-fee_standards .disclosure-notice'), '别人刚刚更新了这一栏')
  await seeTextIn(committee.locator('.disclosure-fee_standards'), '装修垃圾清运费')
  await shot(committee, 'conflict')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await openBoard(owner)
  const board = await (
    await fetch(`${baseUrl}/v1/compounds/${COMPOUND}/disclosure`, {
      headers: { authorization: `Bearer ${await tokenOf(baseUrl, 'owner')}` },
    })
  ).json()
  const posted = board.sections.find((s: { section: string }) => s.section === 'fee_standards')
  const local = new Date(Date.parse(posted.updatedAt) + 8 * 3_600_000).toISOString()
  const ownerFees = owner.locator('.disclosure-fee_standards')
  // People read dates as 2026年12月2日 12:52 (packages/domain/src/time/display.ts), worked out here on its own.
  const shown = `${Number(local.slice(0, 4))}年${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日`
  await seeTextIn(ownerFees, `最近更新：${shown} ${local.slice(11, 16)}（北京时间）`)
  await seeTextIn(ownerFees, '每季度至少更新一次')
  await seeTextIn(owner.locator('.disclosure-budget .disclosure-fresh'), '未公示')
  await seeTextIn(owner.locator('.disclosure-summary'), '其中 10 栏已过期或未公示')

  const item = ownerFees.locator('.disclosure-item', { hasText: '装修垃圾清运费' })
  await item.locator('.disclosure-object').click()
  await ownerFees.locator('.objection-reason textarea').fill('合同里没有这项收费，请说明依据')
  const [chooser] = await Promise.all([
    owner.waitForEvent('filechooser'),
    owner.locator('.objection-photo-album').click(),
  ])
  await chooser.setFiles({ name: 'notice.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeLocator(owner.locator('.objection-photo-done'), 'the photo uploaded')
  await tapButton(owner, 'objection-submit')
  const staffToken = await tokenOf(baseUrl, 'staff')
  const objections = await eventually(
    async () =>
      (
        await (
          await fetch(`${baseUrl}/v1/compounds/${COMPOUND}/disclosure/objections`, {
            headers: { authorization: `Bearer ${staffToken}` },
          })
        ).json()
      ).objections as Array<{ ticketId: string; replyBy: string }>,
    (list) => list.length === 1,
    'the objection is filed once',
  )
  const [objection] = objections
  check(objection, 'one objection')
  await seeText(owner, `已提交，物业须在${monthDay(objection.replyBy)}前答复`)
  await shot(owner, 'objected')
  await tapButton(owner, 'objection-ticket')
  const summary = await seeLocator(owner.locator('.ticket-summary'), 'the ticket of the objection')
  await seeTextIn(summary, '公示异议')
  await seeTextIn(summary, '装修垃圾清运费')
  await seeTextIn(summary, '合同里没有这项收费')

  await staff.goto(`${baseUrl}/#/pages/index/index`)
  await tapAction(staff, '派单台')
  const row = await seeLocator(
    staff.locator('.console-ticket', { hasText: '公示异议' }),
    'the objection on the dispatch console',
  )
  await seeTextIn(row, '公示栏')
  await shot(staff, 'console')

  // 王芳 rents her flat: she reads the scores, and is told why she cannot rate and how an owner gets verified.
  const tenant = await newPage()
  await logInAs(tenant, baseUrl, '王芳')
  await openBoard(tenant)
  await tapButton(tenant, 'disclosure-to-rating')
  await seeTextIn(tenant.locator('.rating-summary'), '本季度还没有人评价')
  await seeTextIn(tenant.locator('.rating-unverified'), '认证过的业主代表全家打分')
  check((await tenant.locator('.rating-submit:visible').count()) === 0, 'a tenant has no rating form')
  await seeLocator(tenant.locator('.rating-unverified .go-bind'), 'the way to 认证业主')
  await shot(tenant, 'rating-unverified')

  const resident = await newPage()
  await logInAs(resident, baseUrl, '张伟')
  await openBoard(resident)
  await tapButton(resident, 'disclosure-to-rating')
  await seeTextIn(resident.locator('.rating-summary'), '本季度还没有人评价')
  await rate(resident, { attitude: 5, repairs: 4, cleaning: 4, security: 4 })
  // 17 points over 4 scores: 4.25, 红榜.
  await seeTextIn(resident.locator('.rating-summary .rating-score'), '4.25 分')
  await seeTextIn(resident.locator('.rating-summary .rating-board'), '红榜')
  check((await resident.locator('.rating-submit').count()) === 0, 'no second rating this quarter')

  await owner.goto(`${baseUrl}/#/pages/report/rating/index`)
  await rate(owner, { attitude: 2, repairs: 3, cleaning: 2, security: 3 })
  // Both: 27 points over 8 scores = 3.375, shown half up as 3.38, 灰榜; 服务态度 (5+2)/2 = 3.50.
  await seeTextIn(owner.locator('.rating-summary .rating-score'), '3.38 分')
  await seeTextIn(owner.locator('.rating-summary .rating-board'), '灰榜')
  await seeTextIn(owner.locator('.rating-component-attitude'), '3.50 分')
  await resident.reload()
  await seeTextIn(resident.locator('.rating-summary .rating-score'), '3.38 分')
  await shot(resident, 'rated')
}
