import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn, setElderMode } from '../a11y'
import { seeLocator, seeTextIn } from '../assert'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'
import { addPhoto, reportProblem, seeStatus } from './ticket-lifecycle'

/**
 * 吹哨报到 (DOMAIN T12, G4). 王芳 reports stalls blocking the east gate; 孙丽 at the property office escalates it to
 * the community: it is not the property's to clear. 郑强 of the community signs for it and whistles 朝晖城管中队 in.
 * 何勇 of the 城管中队 opens 部门工作台, where only what was whistled to his department waits with its clock; he
 * signs, answers, and solves it with a photo. 王芳 opens her ticket in 长辈模式 and reads each step of the
 * department. 钱进 of 朝晖街道 opens 街道工作台, sees the street's compounds and reads 和谐家园's joint meetings.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  await elderOn(resident)
  await reportProblem(
    resident,
    { building: '2号楼', entrance: '1单元', unit: '2-1-201' },
    '其他',
    '东门外有人占道摆摊，车进不来',
  )
  await tapButton(resident, 'open-my-ticket')

  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '派单台')
  await (await seeLocator(staff.locator('.console-ticket', { hasText: '东门外' }), 'the report on the console')).click()
  await tapChip(staff, 'staff-escalate-chip', '社区')
  await tapButton(staff, 'staff-escalate-open')
  await staff.locator('.staff-escalate-reason textarea').fill('占道经营属城管执法')
  await tapButton(staff, 'staff-escalate-send')
  await seeStatus(staff, '已上报')

  const admin = await newPage()
  await logInAs(admin, baseUrl, '郑强')
  await tapAction(admin, '上报件')
  await (await seeLocator(admin.locator('.escalation-row', { hasText: '东门外' }), 'the case in 上报件')).click()
  await tapButton(admin, 'escalation-sign')
  await seeTextIn(admin.locator('.escalation-card'), '进度：已签收')
  await tapChip(admin, 'whistle-department', '朝晖城管中队')
  await admin.locator('.whistle-note textarea').fill('东门外占道摆摊，请城管到场劝离')
  await shot(admin, 'whistle-form')
  await tapButton(admin, 'whistle-send')
  await confirmDialog(admin, '吹哨朝晖城管中队')
  await seeTextIn(admin.locator('.escalation-card'), '已吹哨：朝晖城管中队')
  await seeTextIn(admin.locator('.escalation-card'), '部门进度：等待部门签收')

  const officer = await newPage()
  await logInAs(officer, baseUrl, '何勇')
  await (await seeLocator(officer.locator('.desk-department'), 'the 部门工作台 entry on home')).click()
  const item = await seeLocator(officer.locator('.whistle-item', { hasText: '东门外' }), 'the whistled request')
  await seeTextIn(item, '待签收 · 签收还剩')
  await seeTextIn(item, '请城管到场劝离')
  await shot(officer, 'department-queue')
  await tapButton(officer, 'whistle-sign')
  await seeTextIn(item, '已签收 · 答复还剩')
  await item.locator('.whistle-text textarea').fill('已安排队员下午两点到场')
  await tapButton(officer, 'whistle-answer')
  await seeTextIn(item, '答复：已安排队员下午两点到场')
  await item.locator('.whistle-text textarea').fill('摊贩已劝离，东门通道已畅通')
  await addPhoto(officer, 'whistle-photo-album', 'after.png')
  await shot(officer, 'department-solve')
  await tapButton(officer, 'whistle-solve')
  await confirmDialog(officer, '办结这件事')
  await seeTextIn(item, '已办结')
  await setElderMode(officer, true)
  await seeTextIn(officer.locator('.whistle-item', { hasText: '东门外' }), '办结：摊贩已劝离')
  await shot(officer, 'department-elder')

  await resident.reload()
  await seeStatus(resident, '待确认')
  const timeline = resident.locator('.ticket-timeline')
  await seeTextIn(timeline, '社区已吹哨朝晖城管中队')
  await seeTextIn(timeline, '朝晖城管中队已签收')
  await seeTextIn(timeline, '朝晖城管中队答复：已安排队员下午两点到场')
  await seeTextIn(timeline, '朝晖城管中队已办结：摊贩已劝离')
  await seeTextIn(resident.locator('.escalation-card'), '部门进度：部门已办结')
  await resident.locator('.escalation-card').scrollIntoViewIfNeeded()
  await shot(resident, 'reporter-elder')

  const street = await newPage()
  await logInAs(street, baseUrl, '钱进')
  await (await seeLocator(street.locator('.desk-street'), 'the 街道工作台 entry on home')).click()
  const compound = await seeLocator(street.locator('.console-row:visible', { hasText: '和谐家园' }), 'the compound')
  await seeLocator(street.locator('.console-row:visible', { hasText: '幸福里' }), 'the second compound')
  await shot(street, 'street-desk')
  await compound.click()
  await tapButton(street, 'oversight-meetings')
  await seeTextIn(street.locator('.viewing-compound:visible'), '正在查看：和谐家园（只读）')
  await seeTextIn(street.locator('.gov:visible'), '还没有联席会议')
  await shot(street, 'street-meetings')
}
