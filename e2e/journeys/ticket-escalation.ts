import type { JourneyContext } from '../../scripts/e2e-run'
import { seeLocator, seeTextIn } from '../assert'
import { elderOn } from '../a11y'
import { logInAs, tapAction, tapButton, tapChip } from '../steps'
import { reportProblem, seeStatus } from './ticket-lifecycle'

/**
 * 王芳 reports the square dance music under her window; it is not the property's to fix. 孙丽 at the property
 * office escalates it to the community with a reason. 郑强, the community admin, finds it in 上报件 with its
 * clock, signs for it and answers. 王芳 opens her ticket and reads 社区已签收 and the community's answer, in
 * 长辈模式.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  // She reads in 长辈模式; staff and the community admin in the normal size.
  await elderOn(resident)
  await reportProblem(resident, { building: '2号楼', entrance: '1单元', unit: '2-1-201' }, '噪音扰民', '楼下广场舞太吵')
  await tapButton(resident, 'open-my-ticket')
  await seeStatus(resident, '待认领')

  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '派单台')
  await (
    await seeLocator(staff.locator('.console-ticket', { hasText: '噪音扰民' }), 'the report on the console')
  ).click()
  await tapChip(staff, 'staff-escalate-chip', '社区')
  await tapButton(staff, 'staff-escalate-open')
  await staff.locator('.staff-escalate-reason textarea').fill('广场舞噪音属社区协调')
  await tapButton(staff, 'staff-escalate-send')
  await seeStatus(staff, '已上报')
  await seeTextIn(staff.locator('.escalation-card'), '等待签收')

  const admin = await newPage()
  await logInAs(admin, baseUrl, '郑强')
  const entry = await seeLocator(admin.locator('.action-escalations'), 'the 上报件 entry on home')
  await seeTextIn(entry, '1')
  await shot(admin, 'home')
  await tapAction(admin, '上报件')
  const row = await seeLocator(admin.locator('.escalation-row', { hasText: '噪音扰民' }), 'the case in 上报件')
  await seeTextIn(row, '等待签收 · 签收还剩')
  await shot(admin, 'queue')
  await row.click()
  await tapButton(admin, 'escalation-sign')
  await seeTextIn(admin.locator('.escalation-card'), '进度：已签收')
  await admin.locator('.escalation-text textarea').fill('已联系广场舞队，晚上八点后停止')
  await shot(admin, 'answer')
  await tapButton(admin, 'escalation-answer')
  await seeTextIn(admin.locator('.escalation-card'), '答复：已联系广场舞队')

  await resident.reload()
  const timeline = resident.locator('.ticket-timeline')
  await seeTextIn(timeline, '已上报社区')
  await seeTextIn(timeline, '社区已签收')
  await seeTextIn(timeline, '社区答复：已联系广场舞队，晚上八点后停止')
  await shot(resident, 'timeline')
}
