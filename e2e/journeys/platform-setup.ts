/// <reference lib="dom" />
import type { JourneyContext } from '../../scripts/e2e-run'
import { seeLocator, seeText, seeTextIn } from '../assert'
import {
  acceptInvite,
  confirmDialog,
  issuedCode,
  logInAs,
  logInAsNewcomer,
  openTab,
  tapButton,
  tapChip,
} from '../steps'

/**
 * Go-live, the people part: the platform admin creates 新华社区 and invites its admin 何平, who logs in as a new
 * person, accepts, creates the compound 新华苑 and invites a property staff member; 钱师傅 logs in new and accepts;
 * 何平 then removes the role with a reason and reads it in the role log.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const platform = page
  await logInAs(platform, baseUrl, '平台管理员')
  await openTab(platform, '我的')
  await platform.locator('.platform-console-entry').click()
  await platform.locator('.community-name input').fill('新华社区')
  await platform.locator('.community-street input').fill('朝晖街道')
  await platform.locator('.community-district input').fill('拱墅区')
  await tapButton(platform, 'create-community')
  await seeLocator(platform.locator('.community-head', { hasText: '新华社区' }), 'the new community')
  await platform.locator('.admin-invite-note input').fill('社区书记 何平')
  await tapButton(platform, 'invite-admin')
  const adminCode = await issuedCode(platform)
  await shot(platform, 'community-invite')

  const he = await newPage()
  await logInAsNewcomer(he, baseUrl, '何平')
  await acceptInvite(he, adminCode)
  await seeText(he, '新华社区 · 社区管理员')
  await tapButton(he, 'invite-go-home')
  await openTab(he, '我的')
  await he.locator('.platform-console-entry').click()
  await he.locator('.community-item', { hasText: '新华社区' }).click()
  await tapButton(he, 'new-compound')
  await he.locator('.compound-name input').fill('新华苑')
  await he.locator('.compound-address input').fill('杭州市拱墅区新华路 6 号')
  await tapChip(he, 'city-chip', '杭州')
  await he.locator('.fee-rate input').fill('1.80')
  await shot(he, 'new-compound')
  await tapButton(he, 'create-compound')
  await seeLocator(he.locator('.invite-staff'), 'the 人员与角色 page of the new compound')
  await seeLocator(he.locator('.member-item', { hasText: '何平' }), '何平 listed as a member')

  await tapChip(he, 'invite-role-chip', '网格员')
  await tapChip(he, 'invite-role-chip', '物业')
  await he.locator('.staff-invite-note input').fill('物业 钱师傅')
  await tapButton(he, 'invite-staff-submit')
  const staffCode = await issuedCode(he)

  const qian = await newPage()
  await logInAsNewcomer(qian, baseUrl, '钱师傅')
  await acceptInvite(qian, staffCode)
  await seeText(qian, '新华苑 · 物业')

  await he.reload()
  const row = await seeLocator(he.locator('.member-item', { hasText: '钱师傅' }), '钱师傅 in the member list')
  await seeTextIn(row, '物业')
  await row.click()
  await tapChip(he, 'role-chip', '物业')
  await he.locator('.role-reason input').fill('调往其他小区')
  await tapButton(he, 'save-roles')
  await confirmDialog(he, '将移除钱师傅的物业角色')
  const log = await seeLocator(
    he.locator('.role-log-entry', { hasText: '调往其他小区' }),
    'the removal in the role log',
  )
  await seeTextIn(log, '何平')
  await shot(he, 'members')
  await he.setViewportSize({ width: 1280, height: 900 })
  await shot(he, 'members-desktop')
  await he.setViewportSize({ width: 375, height: 720 })
  await he.goto(`${baseUrl}/#/pages/index/index`)
  await (await seeLocator(he.locator('.home-greeting .elder-toggle'), 'the elder-mode switch')).click()
  await seeLocator(he.locator('.elder-toggle--on'), 'elder mode on')
  await he.goto(`${baseUrl}/#/pages/admin/members/index`)
  await seeLocator(he.locator('.member-item', { hasText: '钱师傅' }), 'the member list in elder mode')
  await shot(he, 'members-elder')
}
