/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn } from '../a11y'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { evidencePng } from '../fixtures'
import { pickDay, pickTime } from '../pickers'
import { confirmDialog, logInAs, tapAction, tapButton } from '../steps'

/** Uses the demo as `npm start` seeds it: the escalated noise report, the overdue lift report, the parties. */
export const needsActivity = true

const MEETING = '十二月四方联席会议'
const LIFT = '物业更换3号楼电梯控制板'

/** A Beijing-time calendar day `days` from now: 2026-12-06. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

async function openMeetings(page: Page): Promise<void> {
  await tapAction(page, '三方共治')
  await seeLocator(page.locator('.gov-branch:visible'), 'the three parties')
  await tapButton(page, 'gov-open-meetings')
}

/** Opens the meeting from the list and confirms the minutes for the party this person speaks for. */
async function confirmFor(page: Page, party: string, label: string): Promise<void> {
  await openMeetings(page)
  await (
    await seeLocator(page.locator('.gov-meeting-row:visible', { hasText: MEETING }).locator('.list-row'), 'the meeting')
  ).click()
  await tapButton(page, `gov-confirm--${party}:visible`)
  await confirmDialog(page, `代表${label}确认`)
  await seeTextIn(page.locator(`.gov-confirm-row--${party}:visible`), '已确认')
}

/**
 * 郑强 of the community opens 三方共治, sees the Party branch, committee and property company on record, and
 * convenes a four-party meeting four days ahead; its agenda was drafted from the escalated noise report and the
 * overdue lift report. He records the minutes: the property company replaces the lift's control board and the
 * 城管中队 handles the square's noise, each with a due date and the item it settles. The community, 孙丽 of
 * the property company, 周明 of the committee and 刘建华 of the Party branch each confirm; the minutes lock.
 * 孙丽 marks the lift decision done with a photo; 李建国, who reported the lift, is told in 消息, opens the ticket
 * and sees the decision done (normal and elder mode). 周明 drafts this month's report and finds the decisions.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const admin = page
  await logInAs(admin, baseUrl, '郑强')
  await tapAction(admin, '三方共治')
  await seeTextIn(admin.locator('.gov-branch:visible'), '刘建华')
  await seeTextIn(admin.locator('.gov-company:visible'), '杭州安居物业服务有限公司')
  await shot(admin, 'parties')
  await tapButton(admin, 'gov-open-meetings')

  await admin.locator('.gov-title:visible input').fill(MEETING)
  await pickDay(admin, admin.locator('.gov-starts:visible .date-field').first(), dayFromNow(4))
  await pickTime(admin, admin.locator('.gov-starts:visible .date-field--time'), '09:30')
  await admin.locator('.gov-place:visible input').fill('和谐社区议事厅')
  for (const [party, names] of [
    ['party_branch', '刘建华'],
    ['committee', '周明、吴红'],
    ['property', '孙丽'],
    ['community', '郑强'],
  ] as const)
    await admin.locator(`.gov-attendees--${party}:visible input`).fill(names)
  await tapButton(admin, 'gov-schedule-submit:visible')

  const agenda = await seeLocator(admin.locator('.gov-agenda:visible'), 'the drafted agenda')
  await seeTextIn(agenda, '确认上次会议纪要')
  await seeTextIn(agenda, '上报未结')
  await seeTextIn(agenda, '超时工单')
  await seeTextIn(agenda, '3号楼电梯')
  await shot(admin, 'agenda')

  // The minutes: two decisions, each with an owner, a due date and the item it settles.
  await tapButton(admin, 'gov-decision-add:visible')
  const first = admin.locator('.gov-decision-draft--0:visible')
  await first.locator('.gov-decision-title input').fill(LIFT)
  await first.locator('.gov-owner-party', { hasText: '物业公司' }).click()
  await pickDay(admin, first.locator('.gov-due'), dayFromNow(14))
  await first.locator('.gov-settles', { hasText: '超时工单' }).click()
  await tapButton(admin, 'gov-decision-add:visible')
  const second = admin.locator('.gov-decision-draft--1:visible')
  await second.locator('.gov-decision-title input').fill('城管中队约谈广场音响使用人')
  await second.locator('.gov-owner-kind', { hasText: '部门' }).click()
  await second.locator('.gov-owner-name input').fill('城管中队')
  await pickDay(admin, second.locator('.gov-due'), dayFromNow(10))
  await second.locator('.gov-settles', { hasText: '上报未结' }).click()
  await tapButton(admin, 'gov-minutes-save:visible')
  // Saved minutes can be confirmed; once one party has, they show as recorded and can no longer be edited.
  await tapButton(admin, 'gov-confirm--community:visible')
  await confirmDialog(admin, '代表社区确认')
  await seeTextIn(admin.locator('.gov-confirm-row--community:visible'), '已确认')
  await seeTextIn(admin.locator('.gov-minutes:visible'), `决定 1：${LIFT}`)
  await shot(admin, 'minutes')

  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await confirmFor(staff, 'property', '物业公司')
  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await confirmFor(committee, 'committee', '业委会')
  const party = await newPage()
  await logInAs(party, baseUrl, '刘建华')
  await confirmFor(party, 'party_branch', '党支部')
  await seeTextIn(party.locator('.gov-minutes:visible'), '已锁定')
  await shot(party, 'locked')

  // 孙丽 reports the lift decision done with a photo from the scene.
  await staff.goto(`${baseUrl}/#/pages/governance/decisions/index`)
  const lift = await seeLocator(staff.locator('.gov-decision:visible', { hasText: LIFT }), 'the lift decision')
  await lift.locator('.gov-step', { hasText: '已办结' }).click()
  await lift.locator('.gov-progress-text textarea').fill('控制板已更换，维保单位试运行 24 小时正常')
  const [chooser] = await Promise.all([staff.waitForEvent('filechooser'), lift.locator('.gov-photo-add').click()])
  await chooser.setFiles({ name: 'lift.png', mimeType: 'image/png', buffer: evidencePng() })
  await seeTextIn(lift.locator('.gov-photo-add'), '已添加 1 张')
  await lift.locator('.gov-progress-submit').click()
  await confirmDialog(staff, '标记为已办结')
  await seeTextIn(staff.locator('.gov-decision--done:visible'), '现场照片 1 张')
  await shot(staff, 'done')

  // 李建国 reported the lift: he is told, and the ticket shows the decision.
  const owner = await newPage()
  await logInAs(owner, baseUrl, '李建国')
  await (await seeLocator(owner.locator('.inbox-entry'), 'the 消息 tile on home')).click()
  const told = await seeLocator(owner.locator('.inbox-item', { hasText: '联席会议决定已办结' }), 'the decision in 消息')
  await told.click()
  const onTicket = await seeLocator(owner.locator('.gov-ticket-decisions:visible'), 'the decision on the ticket')
  await seeTextIn(onTicket, LIFT)
  await seeTextIn(onTicket, '已办结')
  await onTicket.scrollIntoViewIfNeeded()
  await shot(owner, 'ticket')
  await owner.goto(`${baseUrl}/#/pages/index/index`)
  await elderOn(owner)
  await owner.goto(`${baseUrl}/#/pages/governance/decisions/index`)
  await seeTextIn(owner.locator('.gov-decision--done:visible'), LIFT)
  await shot(owner, 'ledger-elder')

  // The month's report lists the decisions.
  const month = dayFromNow(0).slice(0, 7)
  await committee.goto(`${baseUrl}/#/pages/report/edit/index?month=${month}`)
  const section = await seeLocator(committee.locator('.report-joint-decisions:visible'), 'the decisions in the report')
  await seeTextIn(section, LIFT)
  await seeTextIn(section, '城管中队')
  await section.scrollIntoViewIfNeeded()
  await shot(committee, 'report')
  await seeText(committee, '联席会议决定')
}
