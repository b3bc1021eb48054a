import type { JourneyContext } from '../../scripts/e2e-run'
import { seeLocator, seeText, seeTextIn } from '../assert'
import { elderOn } from '../a11y'
import { logInAs, logInAsNewcomer, tapAction, tapButton } from '../steps'
import { claimAndSeeReporter, reportProblem } from './ticket-lifecycle'

/**
 * A person new to the app can be called back (DOMAIN W2, T7). 韩梅 has just moved into 和谐家园: she logs in for
 * the first time, joins from the lobby link, and reports a broken stairwell door. The report form offers to
 * leave her phone; she shares it (in WeChat with the getPhoneNumber button, here through the local WeChat
 * stand-in) and sees it masked on the form. 陈静, the grid worker, claims the report and has her name, her
 * phone and a call button. Before, a newcomer's card said only 未留电话.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const resident = page
  await logInAsNewcomer(resident, baseUrl, '韩梅')
  await resident.goto(`${baseUrl}/#/pages/join/index?compoundId=c-hexie`)
  await seeTextIn(await seeLocator(resident.locator('.join-compound'), 'the join page'), '和谐家园')
  await tapButton(resident, 'privacy-agree')
  await tapButton(resident, 'join-submit')
  await seeLocator(resident.locator('.join-done'), 'joined')
  await resident.goto(`${baseUrl}/#/pages/index/index`)
  await elderOn(resident)

  await reportProblem(
    resident,
    { building: '2号楼', entrance: '1单元', unit: '2-1-301' },
    '公共维修',
    '一单元楼道防火门关不上',
    async () => {
      const offer = await seeLocator(resident.locator('.field-phone .share-phone'), 'the offer to leave a phone')
      await seeTextIn(offer, '处理人上门前可以打给您')
      await shot(resident, 'phone-offer-elder')
      await resident.locator('.share-phone__input input').fill('1371234')
      await tapButton(resident, 'share-phone__button')
      await seeTextIn(resident.locator('.share-phone__error'), '获取微信手机号失败')
      await resident.locator('.share-phone__input input').fill('13712345678')
      await tapButton(resident, 'share-phone__button')
      await seeTextIn(resident.locator('.field-phone'), '联系电话：137****5678')
      await shot(resident, 'phone-shared-elder')
    },
  )

  // 我的 shows the number on file, so she knows what the worker will see.
  await resident.goto(`${baseUrl}/#/pages/me/index`)
  await seeTextIn(resident.locator('.profile-card'), '137****5678')

  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await tapAction(worker, '网格工单')
  const row = await seeLocator(worker.locator('.queue-ticket', { hasText: '2-1-301' }), 'the report in her queue')
  await row.click()
  await seeTextIn(worker.locator('.ticket-summary'), '防火门关不上')
  await claimAndSeeReporter(worker, { name: '韩梅', unitLabel: '2-1-301', phone: '13712345678' })
  await shot(worker, 'contact')
  await seeText(worker, '查看联系方式会被记录')
}
