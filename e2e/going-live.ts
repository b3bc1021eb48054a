import type { Page } from 'playwright-core'
import type { JourneyContext } from '../scripts/e2e-run'
import { seeLocator } from './assert'
import { issuedCode, logInAs, openTab, tapButton, tapChip } from './steps'

/** The first steps of a compound going live (issue #12), shared by the journeys that start there. */

/** The bootstrap platform admin creates 新华社区 and invites its admin; returns the invite code. */
export async function createCommunity(page: Page, baseUrl: string): Promise<string> {
  await logInAs(page, baseUrl, '平台管理员')
  await openTab(page, '我的')
  await page.locator('.platform-console-entry').click()
  await page.locator('.community-name input').fill('新华社区')
  await page.locator('.community-street input').fill('朝晖街道')
  await page.locator('.community-district input').fill('拱墅区')
  await tapButton(page, 'create-community')
  await seeLocator(page.locator('.community-head', { hasText: '新华社区' }), 'the new community')
  await page.locator('.admin-invite-note input').fill('社区书记 何平')
  await tapButton(page, 'invite-admin')
  return issuedCode(page)
}

/** The community admin, from 我的, creates 新华苑 with Hangzhou's rules and a fee rate, landing on 网格与角色. */
export async function createCompound(page: Page, shot: JourneyContext['shot']): Promise<void> {
  await openTab(page, '我的')
  await page.locator('.platform-console-entry').click()
  await page.locator('.community-item', { hasText: '新华社区' }).click()
  await tapButton(page, 'new-compound')
  await page.locator('.compound-name input').fill('新华苑')
  await page.locator('.compound-address input').fill('杭州市拱墅区新华路 6 号')
  await tapChip(page, 'city-chip', '杭州')
  await page.locator('.fee-rate input').fill('1.80')
  await shot(page, 'new-compound')
  await tapButton(page, 'create-compound')
  await seeLocator(page.locator('.invite-staff'), 'the 人员与角色 page of the new compound')
}
