import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { check, seeLocator, seeTextIn } from '../assert'
import { logInAs, openTab, tapButton } from '../steps'

export const needsMeetings = true

/** The seeded 2号楼1单元 lift vote (scripts/seed/assembly-plans.ts `lift`), open now. */
const LIFT = '2号楼1单元加装电梯'

async function openLift(page: Page): Promise<void> {
  await openTab(page, '议事')
  const row = await seeLocator(page.locator('.meeting-row:visible', { hasText: LIFT }), `the meeting ${LIFT} on 议事`)
  await seeTextIn(row, '2号楼 1单元业主表决')
  await row.click()
  await seeTextIn(page.locator('.notice-card:visible'), '只有2号楼 1单元的业主参加')
}

/**
 * DOMAIN V14. 2号楼1单元 votes on adding a lift; only its owners are on the frozen roll. 周明 of the committee
 * opens the meeting's steps and records an owner of 2-1-201 whose light the shaft will cut, with the 8,000 yuan
 * agreed; the motion then lists them beside the two already recorded. 李建国, who owns 2-1-502 (and a flat in
 * 1号楼), reads the motion with its affected owners, votes 同意, and watches the meter: 2/3 taking part and 3/4
 * agreeing, by area and by heads, counted within the entrance. 张伟 lives in 1号楼: the list and the page tell
 * him it is not his vote, and no ballot is offered. Each reads it again in 长辈模式.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const committee = page
  await logInAs(committee, baseUrl, '周明')
  await openLift(committee)
  await tapButton(committee, 'open-manage')
  const form = await seeLocator(committee.locator('.affected-form:visible'), 'the affected owners form')
  await seeTextIn(form, '受影响住户 2 户')
  await form.locator('.affected-unit-chip', { hasText: /^2-1-201/ }).click()
  await form.locator('.affected-effect-chip', { hasText: /^采光/ }).click()
  await form.locator('.affected-outcome-chip', { hasText: /^已商定补偿/ }).click()
  await form.locator('.affected-amount input').fill('8000')
  await form.locator('.affected-note input').fill('井道遮挡卧室采光，一次性补偿')
  await form.locator('.save-affected').click()
  await seeTextIn(form, '已登记，并已通知该户业主')
  await seeTextIn(form, '受影响住户 3 户')
  await seeTextIn(form, /2-1-201（影响采光）/)
  await seeTextIn(form, /已商定补偿 ¥8,000\.00/)
  await form.scrollIntoViewIfNeeded()
  await shot(committee, 'committee-affected')
  console.log('    周明 recorded the owner of 2-1-201 as affected, with the compensation agreed')

  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await openLift(owner)
  const motion = await seeLocator(owner.locator('.motion-card:visible'), 'the lift motion')
  await seeTextIn(motion, '三分之二以上参与表决')
  await seeTextIn(motion, '受影响住户 3 户')
  await seeTextIn(motion, '业主反对')
  await shot(owner, 'owner-notice')
  const ballot = await seeLocator(owner.locator('.ballot-form:visible'), 'his ballot')
  await ballot.locator('.choice-m1', { hasText: /^同意/ }).click()
  await ballot.locator('.ballot-submit').click()
  await seeLocator(owner.locator('.my-ballots:visible'), 'his receipt after voting')
  const meter = await seeLocator(owner.locator('.turnout-card:visible'), 'the live meter')
  await seeTextIn(meter, '只计2号楼 1单元的业主')
  await seeTextIn(meter, '三分之二')
  await seeTextIn(meter, '四分之三以上')
  await seeTextIn(meter, /参与人数\s*[\s\S]*\/ 20 人/)
  await meter.scrollIntoViewIfNeeded()
  await shot(owner, 'owner-meter')
  await setElderMode(owner, true)
  await (
    await seeLocator(owner.locator('.turnout-card:visible'), 'the live meter in elder mode')
  ).scrollIntoViewIfNeeded()
  await shot(owner, 'owner-meter-elder')
  console.log('    李建国 voted and sees the 2/3 and 3/4 lines counted within 2号楼 1单元')

  const other = await newPage()
  await logInAs(other, baseUrl, '张伟')
  await openTab(other, '议事')
  const row = await seeLocator(other.locator('.meeting-row:visible', { hasText: LIFT }), 'the lift vote in his list')
  await seeTextIn(row, '不是您的表决')
  await row.click()
  const notMine = await seeLocator(other.locator('.not-in-scope:visible'), 'the page saying it is not his vote')
  await seeTextIn(notMine, '您登记的房屋不在2号楼 1单元')
  check((await other.locator('.ballot-form:visible').count()) === 0, '张伟 is offered no ballot in 2号楼1单元’s vote')
  await shot(other, 'outsider')
  await setElderMode(other, true)
  await seeLocator(other.locator('.not-in-scope:visible'), 'the same page in elder mode')
  await shot(other, 'outsider-elder')
  console.log('    张伟 of 1号楼 is told the lift vote is not his')
}
