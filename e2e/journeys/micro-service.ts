import { readFileSync } from 'node:fs'
import type { JourneyContext } from '../../scripts/e2e-run'
import { setElderMode } from '../a11y'
import { check, seeLocator, seeTextIn } from '../assert'
import { confirmDialog, logInAs, tapAction, tapButton, tapChip } from '../steps'

export const needsActivity = true

const ASK = '帮我去药店买一盒降压药，送到1栋1单元101'
const CANCELLED = '阳台晾衣架的绳子断了，想请人帮忙换一根'

/**
 * 邻里互助 (DOMAIN H1, H2): 李建国 asks for an errand from home; 王芳, a volunteer, claims it and marks it done;
 * 李建国 confirms and gives 5 分; 孙丽 of the property records 1.5 hours, once; 王芳 opens 我的贡献, sees the hours
 * and downloads her certificate (normal and elder mode). 李建国 cancels a second ask he no longer needs, with a
 * reason; 王芳 can no longer claim it.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const li = page
  await logInAs(li, baseUrl, '李建国')
  await tapAction(li, '邻里互助')
  await tapChip(li, 'nb-kind', '代买代办')
  await li.locator('.nb-ask-description:visible textarea').fill(ASK)
  await li.locator('.nb-ask-when:visible input').fill('今天下午')
  await tapButton(li, 'nb-ask-submit:visible')
  const mine = await seeLocator(li.locator('.nb-ask:visible', { hasText: ASK }), 'the posted ask')
  await seeTextIn(mine, '等待认领')
  await seeTextIn(mine, '李建国')
  await shot(li, 'posted')

  const wang = await newPage()
  await logInAs(wang, baseUrl, '王芳')
  await tapAction(wang, '邻里互助')
  const seen = await seeLocator(wang.locator('.nb-ask:visible', { hasText: ASK }), 'the ask as a volunteer sees it')
  // Before claiming, the requester's name is masked (P1).
  await seeTextIn(seen, '李**')
  await seen.locator('.nb-claim').click()
  await confirmDialog(wang, '认领这条求助')
  await seeTextIn(seen, '已认领')
  await seeTextIn(seen, '李建国')
  await wang
    .locator('.nb-ask:visible', { hasText: ASK })
    .locator('.nb-done-note input')
    .fill('药已送到，收据放在门口鞋柜上')
  await seen.locator('.nb-done').click()
  await seeTextIn(seen, '已完成，待确认')
  await shot(wang, 'done')

  await li.reload()
  const toConfirm = await seeLocator(li.locator('.nb-ask:visible', { hasText: ASK }), 'the ask to confirm')
  await seeTextIn(toConfirm, '王芳')
  await toConfirm.locator('.nb-star', { hasText: '5 分' }).click()
  await toConfirm.locator('.nb-rating-note input').fill('谢谢小王')
  await toConfirm.locator('.nb-confirm').click()
  await seeTextIn(toConfirm, '已确认')
  await seeTextIn(toConfirm, '评价：5 分')
  await shot(li, 'confirmed')

  // A second ask he no longer needs: he cancels it with a reason, and it can no longer be claimed.
  await tapChip(li, 'nb-kind', '小修小补')
  await li.locator('.nb-ask-description:visible textarea').fill(CANCELLED)
  await li.locator('.nb-ask-when:visible input').fill('明天上午')
  await tapButton(li, 'nb-ask-submit:visible')
  const toCancel = await seeLocator(li.locator('.nb-ask:visible', { hasText: CANCELLED }), 'the ask to cancel')
  await toCancel.locator('.nb-cancel-open').click()
  await toCancel.locator('.nb-cancel-reason input').fill('儿子周末回来修')
  await toCancel.locator('.nb-cancel').click()
  await confirmDialog(li, '取消这条求助')
  await seeTextIn(toCancel, '已取消')
  await seeTextIn(toCancel, '取消原因：儿子周末回来修')
  await shot(li, 'cancelled')

  const staff = await newPage()
  await logInAs(staff, baseUrl, '孙丽')
  await tapAction(staff, '邻里互助')
  const toRecord = await seeLocator(staff.locator('.nb-ask:visible', { hasText: ASK }), 'the ask for the organiser')
  await toRecord.locator('.nb-duration', { hasText: '1.5 小时' }).click()
  await toRecord.locator('.nb-record-hours').click()
  await seeTextIn(toRecord, '服务时长：1.5 小时（已记录）')
  check((await toRecord.locator('.nb-record-hours').count()) === 0, 'hours are recorded once: no second button')
  await shot(staff, 'hours')

  await wang.reload()
  await tapAction(wang, '我的贡献')
  const total = await seeLocator(wang.locator('.nb-total:visible'), 'the total on 我的贡献')
  await seeTextIn(total, '1.5 小时')
  await seeTextIn(wang.locator('.nb-record:visible').first(), '记录人：孙丽')
  const [download] = await Promise.all([wang.waitForEvent('download'), tapButton(wang, 'nb-certificate:visible')])
  check(
    /志愿服务证明\.pdf$/.test(download.suggestedFilename()),
    `a certificate PDF, got ${download.suggestedFilename()}`,
  )
  const file = await download.path()
  check(readFileSync(file).subarray(0, 5).toString() === '%PDF-', 'the certificate is a PDF file')
  await shot(wang, 'contributions')
  await setElderMode(wang, true)
  await wang.goto(`${baseUrl}/#/pages/neighbours/contributions/index`)
  await seeTextIn(await seeLocator(wang.locator('.nb-total:visible'), 'the total in elder mode'), '1.5 小时')
  await shot(wang, 'contributions-elder')
  await wang.goto(`${baseUrl}/#/pages/neighbours/index`)
  await seeLocator(wang.locator('.nb-ask:visible', { hasText: ASK }), 'the ask in elder mode')
  const gone = await seeLocator(wang.locator('.nb-ask:visible', { hasText: CANCELLED }), 'the cancelled ask')
  check((await gone.locator('.nb-claim').count()) === 0, 'a cancelled ask offers no 我来帮忙')
  await shot(wang, 'asks-elder')
}
