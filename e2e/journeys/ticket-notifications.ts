import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeTextIn } from '../assert'
import { logInAs, openTab, tapAction, tapButton } from '../steps'
import { reportProblem, seeStatus } from './ticket-lifecycle'

/**
 * 王芳 reports a broken entrance light; 陈静, the grid worker, claims it. The outbox job runs (the local stack's
 * own trigger instead of its timer). 王芳 sees a badge on 消息 at home and on the 报修 tab, reads "您的报修已被
 * 陈静认领" in 消息, taps it and lands on her ticket; then she asks for SMS in 我的 → 消息提醒, is told when her
 * number is short, and saves a valid one.
 */
export async function run({ baseUrl, page, newPage, runJobs, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  await reportProblem(
    resident,
    { building: '2号楼', entrance: '1单元', unit: '2-1-201' },
    '公共维修',
    '单元门口的灯坏了',
  )

  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await tapAction(worker, '网格工单')
  const row = await seeLocator(
    worker.locator('.queue-ticket', { hasText: '单元门口的灯坏了' }),
    'the report in her queue',
  )
  await row.click()
  await tapButton(worker, 'ticket-claim')
  await seeStatus(worker, '已受理')
  await runJobs()

  // From the report's confirmation (a sub-page, no tab bar) back to home.
  await resident.goto(`${baseUrl}/#/pages/index/index`)
  const entry = await seeLocator(resident.locator('.inbox-entry'), 'the 消息 tile on home')
  await eventually(
    async () => {
      await resident.reload()
      return (await seeLocator(resident.locator('.inbox-entry'), 'the 消息 tile')).innerText()
    },
    (text) => text.includes('1 条未读'),
    'one unread message on 消息',
  )
  const repairTab = resident.locator('.weui-tabbar__item', { hasText: '报修' })
  await seeTextIn(repairTab.locator('.taro-tabbar-badge'), '1')
  await shot(resident, 'badges')

  await openTab(resident, '报修')
  await seeTextIn(await seeLocator(resident.locator('.my-tickets-news'), 'the news line on 我的报修'), '1 条新进展')
  await shot(resident, 'my-tickets-news')

  await openTab(resident, '首页')
  await entry.click()
  const message = await seeLocator(resident.locator('.inbox-item', { hasText: '已被陈静认领' }), 'the claim message')
  await seeTextIn(message, '您的报修已被陈静认领')
  await seeTextIn(message, '报修进度')
  await shot(resident, 'inbox')
  await message.click()
  await seeTextIn(resident.locator('.ticket-summary'), '单元门口的灯坏了')
  await seeStatus(resident, '已受理')
  await shot(resident, 'ticket')

  // The ticket is a sub-page (no tab bar): back to 我的 by its address.
  await resident.goto(`${baseUrl}/#/pages/me/index`)
  await tapButton(resident, 'notify-settings-entry')
  const sms = await seeLocator(resident.locator('.notify-sms'), 'the SMS switch')
  await seeTextIn(sms, '已关')
  await sms.click()
  await seeTextIn(sms, '已开')
  await resident.locator('.notify-phone__input input').fill('1380000')
  await tapButton(resident, 'notify-save')
  await seeTextIn(resident.locator('.notify-phone .field__error'), '手机号')
  await shot(resident, 'settings-error')
  await resident.locator('.notify-phone__input input').fill('13800001111')
  await tapButton(resident, 'notify-save')
  await eventually(
    () => resident.locator('.notify-phone .field__error').count(),
    (n) => n === 0,
    'the phone error clears once saved',
  )
  await shot(resident, 'settings')
  await resident.reload()
  await seeTextIn(await seeLocator(resident.locator('.notify-sms'), 'the SMS switch after reload'), '已开')
  check(
    (await resident.locator('.notify-phone__input input').inputValue()) === '13800001111',
    'the saved number comes back',
  )
}
