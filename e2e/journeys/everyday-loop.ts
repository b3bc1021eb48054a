import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeTextIn } from '../assert'
import { elderOn } from '../a11y'
import { confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'
import { addPhoto, claimAndSeeReporter, reportProblem, seeStatus } from './ticket-lifecycle'

/** Writes a message on the open ticket and sends it; it shows in the thread as 我. */
async function sendMessage(page: Page, words: string): Promise<void> {
  await page.locator('.message-text textarea').fill(words)
  await tapButton(page, 'message-send')
  await seeTextIn(page.locator('.conversation-message--own').last(), words)
}

/** Home's 消息 tile, reloaded until it shows `unread`, then opened. */
async function openInboxWith(page: Page, baseUrl: string, unread: string): Promise<void> {
  await page.goto(`${baseUrl}/#/pages/index/index`)
  await eventually(
    async () => {
      await page.reload()
      return (await seeLocator(page.locator('.inbox-entry'), 'the 消息 tile on home')).innerText()
    },
    (text) => text.includes(unread),
    `${unread} on 消息`,
  )
  await page.locator('.inbox-entry').click()
}

/**
 * The loop two people live side by side, without a phone call to the office. 王芳 photographs a cracked
 * stairwell window at 2-1-201. 陈静, the grid worker, is told in 消息, opens the report from there, claims it and
 * sees who reported it, with her room, her phone and a call button; she writes that she will come at nine.
 * 王芳 sees the badge, reads the message and replies. 陈静 tries to close it with no photo and is told what is
 * missing; with a photo and a note, and after saying yes to the confirmation, it is fixed. 王芳 is told, checks
 * the photo, confirms and rates it. The committee's log names the one look at her phone number. 王芳 reads
 * everything in 长辈模式.
 */
export async function run({ baseUrl, page, newPage, runJobs, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  // 王芳 reads in 长辈模式 (DOMAIN A1); 陈静 in the normal size: every page of the loop is seen both ways.
  await elderOn(resident)
  await reportProblem(
    resident,
    { building: '2号楼', entrance: '1单元', unit: '2-1-201' },
    '公共维修',
    '三楼楼道窗户玻璃裂了',
  )
  const number = (await resident.locator('.report-done').innerText()).match(/HX-\d{8}-\d{3}/)?.[0]
  check(number !== undefined, 'the confirmation gives her a ticket number she can read out')
  await runJobs()

  // 陈静 learns of it in 消息 and lands on the ticket from the message.
  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await openInboxWith(worker, baseUrl, '1 条未读')
  const told = await seeLocator(
    worker.locator('.inbox-item', { hasText: '您的网格有一张新报修' }),
    'the new-report message in her 消息',
  )
  await shot(worker, 'worker-inbox')
  await told.click()
  await seeTextIn(worker.locator('.ticket-summary'), '三楼楼道窗户玻璃裂了')
  await claimAndSeeReporter(worker, { name: '王芳', unitLabel: '2-1-201', phone: '13905710001' })
  await shot(worker, 'contact')
  await sendMessage(worker, '您好，我明天上午九点上门看窗户')
  await runJobs()

  // 王芳: a badge on 消息 and on 报修; the message, who holds her ticket, and her reply.
  await resident.goto(`${baseUrl}/#/pages/index/index`)
  await seeTextIn(resident.locator('.weui-tabbar__item', { hasText: '报修' }).locator('.taro-tabbar-badge'), '2')
  await openInboxWith(resident, baseUrl, '2 条未读')
  await shot(resident, 'resident-inbox')
  await resident.locator('.inbox-item', { hasText: '陈静在您的报修里给您留言' }).click()
  const fromWorker = await seeLocator(
    resident.locator('.conversation-message', { hasText: '明天上午九点上门看窗户' }),
    "陈静's message on her ticket",
  )
  await seeTextIn(fromWorker, '处理人 陈静')
  const handler = await seeLocator(resident.locator('.contact-handler'), 'who holds her ticket')
  await seeTextIn(handler, '陈静')
  await seeTextIn(handler, '0571-86001001')
  await sendMessage(resident, '好的，我九点在家')
  await shot(resident, 'replied')
  await runJobs()

  // 陈静 reads the reply, goes, and closes the loop with proof.
  await worker.reload()
  await seeTextIn(
    await seeLocator(worker.locator('.conversation-message', { hasText: '好的，我九点在家' }), "王芳's reply"),
    '报修人',
  )
  await tapButton(worker, 'ticket-contact')
  await seeStatus(worker, '已联系')
  await tapButton(worker, 'ticket-arrive')
  await seeStatus(worker, '已到场')
  await tapButton(worker, 'ticket-resolve')
  await seeTextIn(worker.locator('.field-resolve-photo'), '请至少拍一张完工照片')
  await seeTextIn(worker.locator('.resolve-form'), '请写明处理情况')
  await seeStatus(worker, '已到场')
  await shot(worker, 'resolve-refused')
  await addPhoto(worker, 'resolve-photo-album', 'fixed.png')
  await worker.locator('.resolution-note textarea').fill('已更换三楼窗户玻璃')
  await tapButton(worker, 'ticket-resolve')
  await confirmDialog(worker, '报修人将收到通知')
  await seeStatus(worker, '待确认')
  await shot(worker, 'resolved')
  await runJobs()

  await openInboxWith(resident, baseUrl, '条未读')
  const fixed = await seeLocator(
    resident.locator('.inbox-item', { hasText: '您的报修已处理完成' }),
    'the message that her report is fixed',
  )
  await fixed.click()
  await seeTextIn(resident.locator('.ticket-summary'), '已更换三楼窗户玻璃')
  await seeLocator(resident.locator('.after-photos-shown .photo-strip__img'), 'the after-photo for her to check')
  await tapButton(resident, 'ticket-confirm')
  await seeStatus(resident, '已确认')
  await resident.locator('.rating-star-5').click()
  await resident.locator('.rating-comment textarea').fill('当天就修好了，谢谢')
  await tapButton(resident, 'ticket-rate-send')
  await seeTextIn(resident.locator('.ticket-summary'), '5 星')
  await shot(resident, 'rated')

  // 周明 of the committee reads who looked at a reporter's phone.
  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await openTab(committee, '报修')
  await tapAction(committee, '联系方式查看记录')
  await seeTextIn(await seeLocator(committee.locator('.reveal-row').first(), 'the reveal log'), '网格员 陈静')
  await shot(committee, 'reveal-log')
}
