import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { confirmDialog, logInAs, openTab, tapAction, tapButton, tapChip } from '../steps'

/** The seeded meeting whose preliminary result is in its objection window (scripts/seed/assembly-plans.ts). */
const GATE = '南门增设人脸识别门禁'
const OBJECTION = '我 11 月 20 日交到物业的纸质选票没有计入，选票上有我的签名。'
const ANSWER = '经核对，您的纸质选票已于截止前录入（第 9 号选票），计入“反对”，结果不变。'

export const needsMeetings = true

async function openResult(page: Page): Promise<void> {
  await openTab(page, '议事')
  await (await seeLocator(page.locator('.meeting-row', { hasText: GATE }), `${GATE} on 议事`)).click()
  await tapButton(page, 'open-result')
  await seeTextIn(page.locator('.result-card'), '初步结果')
}

/**
 * 李建国 reads the preliminary result of 南门增设人脸识别门禁 while its objection window runs and objects that
 * his paper ballot was not counted. 周明 of the committee opens the meeting under 业主大会管理, sees the objection
 * waiting for an answer (the final result cannot be published before every objection is answered), answers that
 * it is not upheld and why, and confirms, then opens the roll frozen at opening. 李建国 is told in 消息, taps the message and reads the answer under 我的异议
 * on the result page. (Publishing the final result after the window is the API test's: a journey cannot wait
 * the 7 days; apps/api/test/assembly/assembly-vote.test.ts.)
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const owner = page
  await logInAs(owner, baseUrl, '李建国')
  await openResult(owner)
  await seeTextIn(owner.locator('.result-card'), '异议期至')
  await owner.locator('.objection-text textarea').fill(OBJECTION)
  await tapButton(owner, 'objection-submit')
  await seeText(owner, '异议已提交')
  await shot(owner, 'objection-filed')

  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openTab(committee, '议事')
  await tapAction(committee, '业主大会管理')
  await (await seeLocator(committee.locator('.console-row', { hasText: GATE }), `${GATE} in the console`)).click()
  const list = await seeLocator(committee.locator('.objection-list'), 'the objections on the manage page')
  await seeTextIn(list.locator('.objections-waiting'), '1 条待答复')
  await seeTextIn(list, OBJECTION)
  await shot(committee, 'objection-waiting')
  await tapButton(committee, 'objection-answer-submit')
  await seeTextIn(list, '请选择异议是否成立')
  await tapChip(committee, 'verdict-chip', '异议不成立')
  await committee.locator('.objection-answer-text textarea').fill(ANSWER)
  await tapButton(committee, 'objection-answer-submit')
  await confirmDialog(committee, '答复将通知提出异议的业主')
  await seeTextIn(list.locator('.objection-verdict'), '异议不成立')
  await seeTextIn(list, ANSWER)
  await shot(committee, 'objection-answered')
  // The roll frozen at opening, its hash checked on the phone, room numbers from today's units (not the roll).
  await tapButton(committee, 'view-frozen-roll')
  const frozen = await seeLocator(committee.locator('.frozen-roll'), 'the frozen roll')
  await seeTextIn(frozen, '名册哈希与开始投票时公布的一致')
  await seeTextIn(frozen, '现有名册')
  await frozen.locator('.frozen-roll__row').first().scrollIntoViewIfNeeded()
  await shot(committee, 'frozen-roll')

  // He comes back to the app later: it opens on home.
  await owner.goto(`${baseUrl}/#/pages/index/index`)
  await (await seeLocator(owner.locator('.inbox-entry'), 'the 消息 tile on home')).click()
  const message = await seeLocator(
    owner.locator('.inbox-item', { hasText: `业委会答复了您的异议` }),
    'the answer in 消息',
  )
  await seeTextIn(message, '异议答复')
  await message.click()
  const mine = await seeLocator(owner.locator('.objection-list'), '我的异议 on the result page')
  await seeTextIn(mine, '我的异议')
  await seeTextIn(mine, OBJECTION)
  await seeTextIn(mine.locator('.objection-verdict'), '异议不成立')
  await seeTextIn(mine, ANSWER)
  await seeTextIn(mine, '周明（业委会）')
  await shot(owner, 'answer-read')
}
