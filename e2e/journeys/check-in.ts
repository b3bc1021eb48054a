import type { JourneyContext } from '../../scripts/e2e-run'
import { check, eventually, seeLocator, seeText, seeTextIn } from '../assert'
import { logInAs, tapChip } from '../steps'

export const needsActivity = true

const DAY = 86_400_000

/** The Beijing date of a moment, `2026-12-04`. */
const beijingDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * 窗帘之约 (DOMAIN H3). 刘秀英 lives alone at 1-1-102 and taps 我很好 between 7 and 10 each morning; her neighbour
 * 王芳 is paired with her. Tomorrow she does not tap: the check-in sweep (run through the local-only route, at
 * tomorrow's 10:30 and 11:30) tells 王芳, then the grid worker 陈静. 陈静 goes round, closes the alarm with what she
 * found, and 刘秀英 reads it all in her log, in normal and in elder mode, and taps 我很好.
 */
export async function run({ baseUrl, page, newPage, shot }: JourneyContext): Promise<void> {
  const tomorrow = beijingDate(Date.now() + DAY)
  const sweep = async (hhmm: string) => {
    const res = await fetch(`${baseUrl}/v1/dev/care/sweep`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: new Date(`${tomorrow}T${hhmm}:00+08:00`).toISOString() }),
    })
    check(res.ok, `the check-in sweep at ${hhmm} answered ${res.status}`)
    return (await res.json()) as { escalated: number }
  }

  const elder = page
  await logInAs(elder, baseUrl, '刘秀英')
  await (await seeLocator(elder.locator('.care-tile'), 'the 报平安 tile on her home')).click()
  await seeLocator(elder.locator('.care-fine'), 'the big 我很好 button')
  await seeText(elder, '每天 07:00–10:00')
  await shot(elder, 'elder-today')

  // Tomorrow 10:30: half an hour after her window closed without a tap, her paired neighbour is told.
  check((await sweep('10:30')).escalated === 1, 'the sweep at 10:30 tells one step: the neighbour')
  const neighbour = await newPage()
  await logInAs(neighbour, baseUrl, '王芳')
  const tile = await seeLocator(neighbour.locator('.care-tile'), 'the 照看老人 tile of the neighbour')
  await seeTextIn(tile, '1 位老人待确认')
  await tile.click()
  const alarm = await seeLocator(neighbour.locator('.care-duty--alarm'), 'the alarm for 刘秀英')
  await seeTextIn(alarm, '已通知：结对邻居')
  await seeLocator(alarm.locator('.care-call'), 'a button to phone 刘秀英')
  await shot(neighbour, 'neighbour-alarm')

  // 11:30: nobody has answered yet, so the grid worker of her grid is told too.
  check((await sweep('11:30')).escalated === 1, 'the sweep at 11:30 tells the grid worker')
  check((await sweep('11:30')).escalated === 0, 'a second sweep tells nobody again')
  const worker = await newPage()
  await logInAs(worker, baseUrl, '陈静')
  await (await seeLocator(worker.locator('.care-tile'), 'the 照看老人 tile of the grid worker')).click()
  const card = await seeLocator(worker.locator('.care-duty--alarm'), 'the alarm on the grid worker’s page')
  await seeTextIn(card, '结对邻居 → 网格员')
  await tapChip(worker, 'care-outcome', '上门平安')
  await card.locator('.care-reason textarea').fill('老人在家午睡，手机没电了')
  await shot(worker, 'worker-close')
  await card.locator('.care-close-submit').click()
  // The alarm is answered: no alarm waits on her page any more, and its log says who closed it and why.
  await eventually(
    () => worker.locator('.care-duty--alarm').count(),
    (n) => n === 0,
    'no alarm waits once it is answered',
  )
  const after = await seeLocator(worker.locator('.care-duty'), 'the elder’s card after the answer')
  await after.locator('.care-log-toggle').click()
  await seeTextIn(after, '陈静：已上门，一切正常，老人在家午睡，手机没电了')
  await shot(worker, 'worker-closed')

  // 刘秀英 reads what happened, then makes the text big and taps 我很好.
  await elder.reload()
  await (await seeLocator(elder.locator('.care-open-log'), 'her log button')).click()
  await seeText(elder, '通知结对邻居（王芳）')
  await seeText(elder, '通知网格员（陈静）')
  await seeText(elder, '陈静：已上门，一切正常，老人在家午睡，手机没电了')
  await shot(elder, 'elder-log')
  await logInAs(elder, baseUrl, '刘秀英')
  await elder.locator('.home-greeting .elder-toggle').click()
  await seeLocator(elder.locator('.page.elder'), 'elder mode on')
  await (await seeLocator(elder.locator('.care-tile'), 'the 报平安 tile in elder mode')).click()
  const fine = await seeLocator(elder.locator('.page.elder .care-fine'), 'the big button in elder mode')
  const box = await fine.boundingBox()
  check(
    box && box.height >= 120 && box.width >= 300,
    `我很好 is at least 300×120 in elder mode, got ${JSON.stringify(box)}`,
  )
  await fine.click()
  await seeText(elder, '今天已报平安')
  await (await seeLocator(elder.locator('.care-open-log'), 'her log button')).click()
  await seeText(elder, '陈静：已上门，一切正常')
  await shot(elder, 'elder-mode')
  // The secondary buttons take elder-mode sizes too (A1): 20 px text, a 60 px target.
  for (const button of ['.care-open-log', '.care-open-plan']) {
    const { font, height } = await elder.locator(button).evaluate((el) => ({
      font: parseFloat(getComputedStyle(el).fontSize),
      height: el.getBoundingClientRect().height,
    }))
    check(font >= 20 && height >= 60, `${button} in elder mode: ${font}px text, ${height}px high`)
  }

  // The message 王芳 got opens 刘秀英's day as it stands now (care.today).
  await neighbour.goto(`${baseUrl}/#/pages/inbox/index`)
  await (
    await seeLocator(neighbour.locator('.inbox-item', { hasText: '窗帘之约' }).first(), 'the check-in message')
  ).click()
  const day = await seeLocator(neighbour.locator('.care-elder-page .care-duty'), '刘秀英 today, from the message')
  await seeTextIn(day, '刘秀英')
  await shot(neighbour, 'elder-today-from-message')

  // She chooses 张伟, a volunteer of the compound, as her paired neighbour from now on.
  await (await seeLocator(elder.locator('.care-open-plan'), 'her settings button')).click()
  await tapChip(elder, 'care-neighbour', '张伟')
  await (await seeLocator(elder.locator('.care-plan-save'), 'save')).click()
  await eventually(
    () => elder.locator('.care-neighbour.choice-chip--selected', { hasText: '张伟' }).count(),
    (n) => n === 1,
    '张伟 chosen and saved',
  )
  await shot(elder, 'neighbour-chosen')
}
