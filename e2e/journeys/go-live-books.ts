/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { setElderMode } from '../a11y'
import { confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'

/** Taro's H5 storage keeps `{ data }` under each key; the app's own values are JSON inside it (lib/storage.ts). */
const stored = (value: unknown) => JSON.stringify({ data: JSON.stringify(value) })

/** The same page in elder mode (长辈模式), for the screenshot a person looks at. */
async function shotBoth(page: Page, shot: JourneyContext['shot'], name: string): Promise<void> {
  await shot(page, name)
  await setElderMode(page, true)
  await page.waitForTimeout(800)
  await shot(page, `${name}-elder`)
  await setElderMode(page, false)
}

/**
 * A compound goes live (issue #12, the books and the way in): 郑强 of the community opens the compound's QR code
 * and downloads the lobby poster; 周明 of the committee enters the opening balances once and proposes the year's
 * budget, which 吴红 approves (the proposer cannot); 周明 raises the dual-control limit with a reason; 李建国 reads
 * the rules and the balances. A new resident opens the QR link, reads and agrees to the privacy guide, joins and
 * is offered owner verification.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const admin = page
  await logInAs(admin, baseUrl, '郑强')
  await tapAction(admin, '小区码')
  const code = admin.locator('.qr-image img')
  await eventually(
    () => code.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the compound QR code shows',
  )
  await shotBoth(admin, shot, 'qr')
  await eventually(
    () => code.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    (w) => w > 0,
    'the compound QR code shows again',
  )
  const [download] = await Promise.all([admin.waitForEvent('download'), tapButton(admin, 'qr-poster')])
  check(/\.pdf$/.test(download.suggestedFilename()), `the poster is a PDF, got ${download.suggestedFilename()}`)

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openTab(committee, '账本')
  await tapButton(committee, 'ledger-tool--opening')
  const form = await seeLocator(committee.locator('.opening-form'), 'the opening balance form')
  const amounts = form.locator('.opening-amount input')
  await amounts.first().fill('600000')
  const funds = (await amounts.count()) - 2
  for (let i = 1; i <= funds; i += 1) await amounts.nth(i).fill('150000')
  await amounts.last().fill('50000')
  await seeTextIn(form.locator('.opening-retained'), `¥${(600000 - funds * 150000 - 50000).toLocaleString('en-US')}.00`)
  await committee.locator('.opening-reason textarea').fill('2026 年 12 月 1 日接管时银行对账单余额')
  await shot(committee, 'opening-form')
  await tapButton(committee, 'opening-submit')
  await confirmDialog(committee, '只能登记一次')
  await seeLocator(committee.locator('.opening-posted'), 'the posted opening balance')
  await seeText(committee, '期初余额已登记')
  await shotBoth(committee, shot, 'opening-posted')

  await committee.goto(`${baseUrl}/#/pages/books/budget/index`)
  await tapButton(committee, 'budget-edit')
  await seeLocator(committee.locator('.budget-editor'), 'the budget editor')
  await committee.locator('.budget-amount--E1 input').fill('360000')
  await committee.locator('.budget-amount--E3 input').fill('40000')
  await committee.locator('.budget-reason textarea').fill('2027 年度预算，经业主大会表决通过')
  await shotBoth(committee, shot, 'budget-edit')
  await committee.locator('.budget-amount--E1 input').fill('360000')
  await committee.locator('.budget-amount--E3 input').fill('40000')
  await committee.locator('.budget-reason textarea').fill('2027 年度预算，经业主大会表决通过')
  await tapButton(committee, 'budget-submit')
  const state = await seeLocator(committee.locator('.budget-state-card'), 'the budget state')
  await seeTextIn(state, '待审批')
  await seeTextIn(state, '须由另一位业委会委员批准')
  check((await committee.locator('.budget-approve').count()) === 0, 'the proposer is not offered to approve')

  const second = await newPage()
  await logInAs(second, baseUrl, '吴红')
  await second.goto(`${baseUrl}/#/pages/books/budget/index`)
  await tapButton(second, 'budget-approve')
  await confirmDialog(second, '批准后即生效')
  const approved = await seeLocator(second.locator('.budget-state-card', { hasText: '已批准' }), 'the approved budget')
  await seeTextIn(approved, '吴* 于')
  await shotBoth(second, shot, 'budget-approved')

  await committee.goto(`${baseUrl}/#/pages/books/policy/index`)
  await seeLocator(committee.locator('.policy-form'), 'the policy form')
  await committee.locator('.policy-multi input').fill('8000')
  await committee.locator('.policy-reason textarea').fill('业委会第 3 次会议决定提高双签门槛')
  await tapButton(committee, 'policy-submit')
  await seeTextIn(committee.locator('.policy-current'), '超过 ¥8,000.00 的支出须 2 位委员审批')
  await seeTextIn(committee.locator('.policy-current'), '第 1 版')
  await shotBoth(committee, shot, 'policy')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await openTab(owner, '账本')
  await tapButton(owner, 'ledger-tool--policy')
  await seeTextIn(owner.locator('.policy-current'), '¥8,000.00')
  check((await owner.locator('.policy-form').count()) === 0, 'an owner reads the rules but cannot change them')
  await owner.goto(`${baseUrl}/#/pages/books/accounts/index`)
  await seeTextIn(owner.locator('.accounts-group--asset'), '¥600,000.00')
  await shotBoth(owner, shot, 'accounts')

  // A new resident scans the code in the lobby: the H5 link opens the join page with this compound chosen.
  const resident = await newPage()
  await resident.goto(`${baseUrl}/#/pages/join/index?compoundId=c-hexie`)
  await resident.evaluate('window.localStorage.clear()')
  await resident.reload()
  const join = await seeLocator(resident.locator('.join-compound'), 'the join page')
  await seeTextIn(join, '和谐家园')
  await seeTextIn(join, '登录后加入')
  const res = await fetch(`${baseUrl}/v1/auth/wechat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'go-live-newcomer', displayName: '陈新' }),
  })
  const session = (await res.json()) as unknown
  await resident.evaluate(`window.localStorage.setItem('jy.session', ${JSON.stringify(stored(session))})`)
  await resident.reload()
  await seeText(resident, '家园隐私保护指引')
  await tapButton(resident, 'join-submit')
  await seeText(resident, '请先阅读并勾选同意')
  await tapButton(resident, 'privacy-agree')
  await shotBoth(resident, shot, 'join')
  await tapButton(resident, 'privacy-agree')
  await tapButton(resident, 'join-submit')
  await seeLocator(resident.locator('.join-done'), 'joined')
  await shot(resident, 'joined')
  await tapButton(resident, 'join-bind')
  await seeText(resident, /认证|产权/)
}
