import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { check, seeLocator, seeText, seeTextIn } from '../assert'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'
import { addPhoto } from './ticket-lifecycle'

const DAY = 86_400_000

/**
 * 整改通知单 (DOMAIN S3). 孙经理 of 杭州安居物业 opens his 整改工作台: nothing open, 四色管理 green. 钱进 of 朝晖街道
 * finds blocked fire lanes at 和谐家园 and issues a notice with a photo and 7 days. 孙经理 replies with an
 * after-photo; 钱进 goes back (回头看) and finds it not done: reopened with 7 more days. The new deadline passes
 * (the sweep run through the local-only route at the day after, then three days later): a yellow card, then a
 * red card, and the company's colour turns orange. 王芳, a resident, reads the notice from 三方共治, in normal and
 * in elder mode; 钱进 reads the whole trail at a desk's width; 孙经理, no member of the compound, reads the yellow
 * card once in 我的消息 on his 工作台 and opens the notice from it.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const sweep = async (at: number) => {
    const res = await fetch(`${baseUrl}/v1/dev/rectification/sweep`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: new Date(at).toISOString() }),
    })
    check(res.ok, `the rectification sweep answered ${res.status}`)
    return (await res.json()) as { carded: number }
  }

  const company = page
  await logInAs(company, baseUrl, '孙经理')
  await (await seeLocator(company.locator('.desk-company'), 'the 整改工作台 entry on home')).click()
  await seeTextIn(company.locator('.rect-desk-head'), '四色管理：绿色')
  await seeText(company, '服务 2 个小区')

  const street = await newPage()
  await logInAs(street, baseUrl, '钱进')
  await (await seeLocator(street.locator('.desk-street'), 'the 街道工作台 entry')).click()
  await tapButton(street, 'street-open-rectify')
  await tapButton(street, 'rect-issue-open')
  await tapChip(street, 'rect-compound', '和谐家园')
  await tapChip(street, 'rect-category', '消防安全')
  await street.locator('.rect-text textarea').fill('3号楼东侧消防通道堆放电动车和杂物，影响消防车通行')
  await addPhoto(street, 'rect-evidence-album', 'lane.png')
  await tapChip(street, 'rect-severity', '一般')
  // Sent without a deadline first: the form names the field in words.
  await tapButton(street, 'rect-issue-send')
  await seeText(street, '整改期限：请选择整改期限')
  await tapChip(street, 'rect-days', '7 天')
  await shot(street, 'issue-form')
  await tapButton(street, 'rect-issue-send')
  await confirmDialog(street, '发出整改通知')
  const notice = await seeLocator(street.locator('.rect-notice'), 'the notice just issued')
  await seeTextIn(notice, '发出：朝晖街道 钱进')
  await seeTextIn(street.locator('.rect-status'), '待整改')
  const issuedAt = Date.now()

  await company.reload()
  const row = await seeLocator(company.locator('.rect-row', { hasText: '消防通道' }), 'the notice on the company desk')
  await seeTextIn(company.locator('.rect-desk-head'), '四色管理：黄色')
  await shot(company, 'desk')
  await row.click()
  await company.locator('.rect-reply-note textarea').fill('已清理杂物，电动车移至非机动车棚')
  await addPhoto(company, 'rect-after-album', 'cleared.png')
  await shot(company, 'reply')
  await tapButton(company, 'rect-reply-send')
  await confirmDialog(company, '提交整改回复')
  await seeTextIn(company.locator('.rect-status'), '待回头看')

  // 回头看: still blocked; reopened with 7 more days.
  await street.reload()
  await seeTextIn(street.locator('.rect-trail'), '已清理杂物')
  await tapChip(street, 'rect-outcome', '未通过')
  await street.locator('.rect-reinspect-note textarea').fill('东侧仍有三辆电动车停放，未清理到位')
  await tapChip(street, 'rect-redays', '7 天')
  await shot(street, 'reinspect')
  await tapButton(street, 'rect-reinspect-send')
  await confirmDialog(street, '回头看未通过')
  await seeTextIn(street.locator('.rect-trail'), '回头看：未通过，重新整改')
  await seeTextIn(street.locator('.rect-status'), '待整改')

  // The new deadline passes without a reply: a yellow card, told once; three days on, a red card.
  check((await sweep(issuedAt + 7 * DAY + 3_600_000)).carded === 1, 'the sweep gives one yellow card')
  check((await sweep(issuedAt + 7 * DAY + 3_600_000)).carded === 0, 'a second sweep gives nothing more')
  await street.reload()
  await seeTextIn(street.locator('.rect-status'), '已逾期 · 黄牌')
  await seeTextIn(street.locator('.rect-trail'), '逾期未整改：黄牌')
  check((await sweep(issuedAt + 10 * DAY + 3_600_000)).carded === 1, 'three days later, a red card')
  await company.goBack()
  await company.reload()
  await seeTextIn(company.locator('.rect-desk-head'), '四色管理：橙色')
  await seeTextIn(company.locator('.rect-row', { hasText: '消防通道' }), '已逾期 · 红牌')
  await shot(company, 'desk-orange')

  // At a desk's width the trail sits beside the notice.
  await street.setViewportSize({ width: 1280, height: 900 })
  await street.reload()
  await seeTextIn(street.locator('.rect-trail'), '继续逾期：红牌')
  await shot(street, 'detail-desktop')
  await street.goto(`${baseUrl}/#/pages/rectify/index?street=st-zhaohui`)
  await tapChip(street, 'rect-filter', '已逾期')
  await seeLocator(street.locator('.rect-row', { hasText: '消防通道' }), 'the notice among the overdue')
  await shot(street, 'list-desktop')

  // A resident reads it from 三方共治: the evidence, the issuer named, read only.
  const resident = await newPage()
  await logInAs(resident, baseUrl, '王芳')
  await tapAction(resident, '三方共治')
  await tapButton(resident, 'gov-open-rectify')
  const seen = await seeLocator(resident.locator('.rect-row', { hasText: '消防通道' }), 'the notice for residents')
  check((await resident.locator('.rect-issue-open').count()) === 0, 'residents cannot issue')
  await seen.click()
  await seeTextIn(resident.locator('.rect-notice'), '发出：朝晖街道 钱进')
  await seeLocator(resident.locator('.rect-notice .rect-photo'), 'the evidence photo')
  check((await resident.locator('.rect-reply-send, .rect-reinspect-send').count()) === 0, 'residents only read')
  await shot(resident, 'resident')
  await setElderMode(resident, true)
  await seeTextIn(resident.locator('.rect-trail'), '逾期未整改：黄牌')
  await shot(resident, 'resident-elder')

  // 孙经理 is no member of 和谐家园: the yellow card reaches him in 我的消息 on his 工作台, unread, once.
  await company.goto(`${baseUrl}/#/pages/index/index`)
  await seeTextIn(
    await seeLocator(company.locator('.desk-inbox'), 'the 我的消息 row on the company’s 工作台'),
    '条未读',
  )
  await company.locator('.desk-inbox').click()
  const yellow = company.locator('.inbox-item', { hasText: '整改逾期：黄牌' })
  await seeTextIn(await seeLocator(yellow, 'the yellow card in the personal inbox'), '未读')
  check((await yellow.count()) === 1, 'the yellow card is told once')
  await shot(company, 'company-inbox')
  await setElderMode(company, true)
  await shot(company, 'company-inbox-elder')
  await yellow.click()
  await seeTextIn(company.locator('.rect-trail'), '逾期未整改：黄牌')
  await shot(company, 'company-inbox-opened')
}
