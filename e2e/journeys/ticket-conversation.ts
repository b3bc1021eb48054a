import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { check, seeLocator, seeTextIn } from '../assert'
import { logInAs, tapAction, tapButton } from '../steps'
import { reportProblem, seeStatus } from './ticket-lifecycle'

/** Writes a message on the open ticket and sends it; it shows in the thread as 我. */
async function sendMessage(page: Page, words: string): Promise<void> {
  await page.locator('.message-text textarea').fill(words)
  await tapButton(page, 'message-send')
  await seeTextIn(page.locator('.conversation-message--own').last(), words)
}

/**
 * 王芳 reports a cracked stairwell window at 2-1-201; 陈静 claims it and sees who reported it, with her room
 * and phone and a 拨打电话 button. She leaves a message; 王芳 opens her ticket, sees who holds it, reads the
 * message once it is checked and replies; 陈静 sees the reply. The committee's log names 陈静's look.
 */
export async function run({ baseUrl, page, newPage, runJobs, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAs(resident, baseUrl, '王芳')
  await reportProblem(
    resident,
    { building: '2号楼', entrance: '1单元', unit: '2-1-201' },
    '公共维修',
    '三楼楼道窗户玻璃裂了',
  )

  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await tapAction(worker, '网格工单')
  await (await seeLocator(worker.locator('.queue-ticket', { hasText: '2-1-201' }), 'the report in her queue')).click()
  await tapButton(worker, 'ticket-claim')
  await seeStatus(worker, '已受理')
  const card = await seeLocator(worker.locator('.contact-requester'), "the reporter's contact card")
  await seeTextIn(card, '王芳')
  await seeTextIn(card, '2-1-201')
  await seeTextIn(card, '13905710001')
  const call = worker.getByRole('button', { name: /拨打电话给王芳，13905710001/ })
  check(await call.isVisible(), 'the 拨打电话 button, labelled with whom it calls')
  await shot(worker, 'contact')
  await sendMessage(worker, '您好，我明天上午九点上门看窗户')
  await shot(worker, 'sent')

  // 王芳 opens her ticket: she sees who holds it, and the message once the content check has passed it.
  await tapButton(resident, 'open-my-ticket')
  await seeStatus(resident, '已受理')
  const handler = await seeLocator(resident.locator('.contact-handler'), 'who holds her ticket')
  await seeTextIn(handler, '陈静')
  await seeTextIn(handler, '0571-86001001')
  await runJobs()
  await resident.reload()
  const fromWorker = await seeLocator(
    resident.locator('.conversation-message', { hasText: '明天上午九点上门看窗户' }),
    "陈静's message on her ticket",
  )
  await seeTextIn(fromWorker, '处理人 陈静')
  await sendMessage(resident, '好的，我九点在家')
  await shot(resident, 'replied')

  await worker.reload()
  const reply = await seeLocator(
    worker.locator('.conversation-message', { hasText: '好的，我九点在家' }),
    "王芳's reply on the ticket",
  )
  await seeTextIn(reply, '报修人')

  // 周明 of the committee reads who looked at a reporter's phone.
  const committee = await newPage()
  await logInAs(committee, baseUrl, '周明')
  await committee.locator('.weui-tabbar__item', { hasText: '报修' }).click()
  await tapAction(committee, '联系方式查看记录')
  await seeTextIn(await seeLocator(committee.locator('.reveal-row').first(), 'the reveal log'), '网格员 陈静')
  await shot(committee, 'reveal-log')
}
