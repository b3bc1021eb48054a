/// <reference lib="dom" />
import type { JourneyContext } from '../../scripts/e2e-run'
import { createCommunity, createCompound } from '../going-live'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { acceptInvite, confirmDialog, issuedCode, logInAsNewcomer, tapButton, tapChip } from '../steps'

/**
 * Go-live, the people part: the platform admin creates 新华社区 and invites its admin 何平, who logs in as a new
 * person, accepts, creates the compound 新华苑 and invites a property staff member; 钱师傅 logs in new and accepts;
 * 何平 then removes the role with a reason and reads it in the role log.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const platform = page
  const adminCode = await createCommunity(platform, baseUrl)
  await shot(platform, 'community-invite')

  const he = await newPage()
  await logInAsNewcomer(he, baseUrl, '何平')
  await acceptInvite(he, adminCode)
  await seeText(he, '新华社区 · 社区管理员')
  await tapButton(he, 'invite-go-home')
  await createCompound(he, shot)
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
