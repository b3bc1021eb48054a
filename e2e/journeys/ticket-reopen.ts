import type { JourneyContext } from '../../scripts/e2e-run'
import { eventually, seeLocator, seeTextIn } from '../assert'
import { fakeSpeechRecognition } from '../fixtures'
import { confirmDialog, logInAs, openTab, tapAction, tapButton } from '../steps'
import { addPhoto, reportProblem, seeStatus } from './ticket-lifecycle'

/**
 * 王芳 reports a broken door closer in 1号楼; 陈静 claims it, phones her and marks it fixed. The door still
 * slams, so 王芳 reopens the ticket with a reason; it goes back into 陈静's queue, waiting to be claimed again.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const resident = page
  await resident.addInitScript(fakeSpeechRecognition('门关不上'))
  await logInAs(resident, baseUrl, '王芳')
  // She types where, then says what is wrong (语音输入, DOMAIN A4); the spoken words join what she typed.
  await reportProblem(
    resident,
    { building: '1号楼', entrance: '整栋公共部位' },
    '公共维修',
    '1号楼单元门闭门器坏了',
    async () => {
      await tapButton(resident, 'voice-input__button')
      const description = resident.locator('.report-description textarea')
      await eventually(
        () => description.inputValue(),
        (text) => text === '1号楼单元门闭门器坏了，门关不上',
        'the spoken words in the description',
      )
    },
  )
  await tapButton(resident, 'open-my-ticket')
  await seeStatus(resident, '待认领')

  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await tapAction(worker, '网格工单')
  await (
    await seeLocator(worker.locator('.queue-ticket', { hasText: '1号楼 公共部位' }), 'the report in her queue')
  ).click()
  await tapButton(worker, 'ticket-claim')
  await seeStatus(worker, '已受理')
  await tapButton(worker, 'ticket-contact')
  await seeStatus(worker, '已联系')
  await addPhoto(worker, 'resolve-photo-album', 'door.png')
  await worker.locator('.resolution-note textarea').fill('已调整闭门器')
  await tapButton(worker, 'ticket-resolve')
  await confirmDialog(worker, '报修人将收到通知')
  await seeStatus(worker, '待确认')

  await resident.reload()
  await seeStatus(resident, '待确认')
  await seeTextIn(resident.locator('.ticket-summary'), '已调整闭门器')
  await tapButton(resident, 'ticket-reopen-open')
  await resident.locator('.ticket-reopen-reason textarea').fill('门还是关不上，风一吹就响')
  await shot(resident, 'reopen-reason')
  await tapButton(resident, 'ticket-reopen-send')
  await seeStatus(resident, '重新打开')
  await seeTextIn(resident.locator('.ticket-timeline'), '原因：门还是关不上，风一吹就响')
  await shot(resident, 'reopened')

  // She goes back from the ticket to her queue, which she pulls to refresh.
  await worker.goBack()
  await worker.reload()
  const row = await seeLocator(
    worker.locator('.queue-ticket', { hasText: '1号楼 公共部位' }),
    'the reopened ticket back in her queue',
  )
  await seeTextIn(row, '重新打开')
  await worker.locator('.queue-filter', { hasText: '待认领' }).click()
  await seeLocator(
    worker.locator('.queue-ticket', { hasText: '1号楼 公共部位' }),
    'the reopened ticket among those to claim',
  )
  await shot(worker, 'queue-reopened')

  // 孙丽 at the property office sees it on her dispatch console, then this month's figures and the SLA table.
  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '派单台')
  const onConsole = await seeLocator(
    staff.locator('.console-ticket', { hasText: '1号楼 公共部位' }),
    'the reopened ticket on the console',
  )
  await seeTextIn(onConsole, '重新打开')
  await shot(staff, 'console')
  await staff.goBack()
  await tapAction(staff, '工单统计')
  await seeTextIn(await seeLocator(staff.locator('.stats-submitted'), 'the month count'), '1')
  await shot(staff, 'stats')
  await staff.goBack()
  await openTab(staff, '报修')
  await tapAction(staff, '处理时限')
  await seeLocator(staff.locator('.sla-row', { hasText: '电梯' }), 'the lift rows of the SLA table')
  await shot(staff, 'sla')
}
