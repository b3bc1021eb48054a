import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn } from '../a11y'
import { seeLocator, seeTextIn } from '../assert'
import { logInAs, openTab } from '../steps'

export const needsMeetings = true

/** The seeded open meeting and the two owners whose letters name 王芳 as proxy (scripts/seed/assembly-plans.ts). */
const OPEN = '2号楼电梯大修及停车管理'
const ZHANG = 'o-zhangwei'
const CHEN = 'o-b2-1-702'
const RECEIPT = /回执 [0-9a-f]{64}/

async function openMeeting(page: Page): Promise<void> {
  await openTab(page, '议事')
  await (await seeLocator(page.locator('.meeting-row', { hasText: OPEN }), `the meeting ${OPEN} on 议事`)).click()
  await seeTextIn(page.locator('.notice-card'), OPEN)
}

const principal = (page: Page, ownerId: string): Locator => page.locator(`.proxy-principal--${ownerId}`)

/** Picks one choice per motion on one ballot paper, in order, and hands it in. */
async function vote(form: Locator, choices: readonly string[], before?: () => Promise<void>): Promise<void> {
  for (const [i, label] of choices.entries()) {
    await form.locator(`.choice-m${i + 1}`, { hasText: new RegExp(`^${label}`) }).click()
  }
  await before?.()
  await form.locator('.ballot-submit').click()
}

async function castFor(
  page: Page,
  shot: JourneyContext['shot'],
  ownerId: string,
  who: string,
  choices: readonly string[],
): Promise<void> {
  const form = await seeLocator(page.locator(`.proxy-ballot--${ownerId}`), `the ballot 王芳 casts for ${who}`)
  await seeTextIn(form, `代${who}投票`)
  await vote(form, choices, async () => {
    await form.scrollIntoViewIfNeeded()
    await shot(page, `ballot-${ownerId}`)
  })
  const card = principal(page, ownerId)
  await seeTextIn(card, '已代投')
  await seeTextIn(card, RECEIPT)
}

/**
 * 王芳 rents in 和谐家园 and cannot vote herself, but 张伟 and 陈秀兰 (an elderly owner on the 7th floor of 2号楼)
 * signed letters naming her as their proxy, which the committee registered. On the open meeting she finds
 * 我代理的业主 with both, each 未投, and casts each one's ballot on its own paper, keeping the receipts. 张伟 then
 * votes himself: he is told his proxy had voted for him, and after voting sees his own ballot counted. 王芳
 * looks again: 张伟's ballot she cast no longer counts, 陈秀兰's still does. Both read it again in 长辈模式.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const holder = page
  await logInAs(holder, baseUrl, '王芳')
  await openMeeting(holder)
  const section = await seeLocator(holder.locator('.proxy-ballots'), '我代理的业主 on the meeting')
  await seeTextIn(section, '我代理的业主')
  await seeTextIn(section, '还有 2 位业主未投票')
  await seeTextIn(holder.locator('.cannot-vote'), '您本人不能投票')
  await seeTextIn(principal(holder, ZHANG), '张伟（1-1-301）')
  await seeTextIn(principal(holder, ZHANG), '未投')
  await seeTextIn(principal(holder, ZHANG), /授权委托书 .* 由业委会登记/)
  await seeTextIn(principal(holder, CHEN), '陈秀兰（2-1-702）')
  await seeTextIn(principal(holder, CHEN), '未投')
  await section.scrollIntoViewIfNeeded()
  await shot(holder, 'principals')

  await castFor(holder, shot, ZHANG, '张伟', ['同意', '同意'])
  await castFor(holder, shot, CHEN, '陈秀兰', ['同意', '反对'])
  await principal(holder, CHEN).scrollIntoViewIfNeeded()
  await shot(holder, 'cast')
  console.log('    王芳 cast the ballots of 张伟 and 陈秀兰 as their proxy')

  const zhang = await newPage()
  await logInAs(zhang, baseUrl, '张伟')
  await openMeeting(zhang)
  const told = await seeLocator(zhang.locator('.my-ballots--proxy'), 'that his proxy voted for him')
  await seeTextIn(told, '代理人已代您投票')
  await seeTextIn(told, '代理')
  await told.scrollIntoViewIfNeeded()
  await shot(zhang, 'principal-before')
  await vote(await seeLocator(zhang.locator('.ballot-form'), 'his own ballot'), ['反对', '反对'])
  const own = await seeLocator(zhang.locator('.my-ballots:not(.my-ballots--proxy)'), 'his ballots after voting')
  await seeTextIn(own, '我已投票')
  await seeTextIn(own, '您已本人投票，只计您本人的票')
  await seeTextIn(own.locator('.receipt:not(.receipt--replaced)').first(), /反对 · 线上/)
  await seeTextIn(own.locator('.receipt--replaced').first(), /同意 · 代理/)
  await own.scrollIntoViewIfNeeded()
  await shot(zhang, 'principal-counted')

  await holder.goBack()
  await openMeeting(holder)
  await seeTextIn(principal(holder, ZHANG), '本人已投，代投不计')
  await seeTextIn(principal(holder, ZHANG), '已由本人投票，您代投的票不计')
  await seeTextIn(principal(holder, ZHANG), '业主本人已投票，此票不计')
  await seeTextIn(principal(holder, CHEN), '已代投')
  await principal(holder, ZHANG).scrollIntoViewIfNeeded()
  await shot(holder, 'overridden')

  await holder.goBack()
  await openTab(holder, '首页')
  await elderOn(holder)
  await openMeeting(holder)
  await principal(holder, ZHANG).scrollIntoViewIfNeeded()
  await seeTextIn(principal(holder, ZHANG), '已由本人投票，您代投的票不计')
  await shot(holder, 'elder-overridden')

  await zhang.goBack()
  await openTab(zhang, '首页')
  await elderOn(zhang)
  await openMeeting(zhang)
  const counted = await seeLocator(zhang.locator('.my-ballots'), 'his ballots in elder mode')
  await seeTextIn(counted, '您已本人投票，只计您本人的票')
  await counted.locator('.proxy-taken-back').scrollIntoViewIfNeeded()
  await shot(zhang, 'elder-counted')
}
