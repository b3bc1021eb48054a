import type { Locator, Page } from 'playwright-core'
import { JourneyFailure, check, eventually, seeLocator } from './assert'

/** One row of Taro's H5 picker wheel (components picker-group: 34 px a row, 7 rows shown). */
const ROW = 34
/** Rows moved per drag: the wheel stops following the mouse once it leaves the column. */
const STEP = 3

/** Turns one column of the open wheel by `rows` (positive: later values), as a finger dragging it up. */
async function turn(page: Page, column: Locator, rows: number): Promise<void> {
  const box = await column.boundingBox()
  check(box !== null, 'the picker column is on screen')
  if (!box) return
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  for (let left = rows; left !== 0;) {
    const n = Math.sign(left) * Math.min(Math.abs(left), STEP)
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - n * ROW, { steps: 8 })
    await page.mouse.up()
    left -= n
  }
}

/**
 * Opens the field's wheel, turns each column by its delta and taps 确定; true once the field shows `shows`. A
 * drag can be lost in a long run of journeys, so callers turn again from what the field then shows, by drags and
 * taps in turn.
 */
/**
 * Turns a column by tapping a row above or below the chosen one, as a person taps a value they can see: the
 * wheel (Taro's picker-group) takes a tap without movement as "choose the row here", measured from the middle
 * of its 7-row mask at the bottom of the window, up to 3 rows each way.
 */
async function tapRows(page: Page, column: Locator, rows: number): Promise<void> {
  const box = await column.boundingBox()
  const height = await page.evaluate(() => window.innerHeight)
  check(box !== null, 'the picker column is on screen')
  if (!box) return
  const middle = height - (ROW * 7) / 2
  for (let left = rows; left !== 0;) {
    const n = Math.sign(left) * Math.min(Math.abs(left), STEP)
    await page.mouse.click(box.x + box.width / 2, middle + n * ROW)
    await page.waitForTimeout(350)
    left -= n
  }
}

/**
 * The wheel that is open: the one on screen. A page with several date fields keeps each closed wheel in the
 * document, slid below the window, where it still counts as visible; turning that one changes nothing.
 */
async function openWheel(page: Page, what: string): Promise<Locator> {
  const wheels = page.locator('.weui-picker:visible')
  const height = await page.evaluate(() => window.innerHeight)
  const index = await eventually(
    async () => {
      for (let i = 0; i < (await wheels.count()); i++) {
        const box = await wheels.nth(i).boundingBox()
        if (box && box.y >= 0 && box.y + box.height <= height + 1) return i
      }
      return -1
    },
    (i) => i >= 0,
    `the ${what} wheel on screen`,
  )
  return wheels.nth(index)
}

async function spin(
  page: Page,
  field: Locator,
  deltas: number[],
  shows: RegExp,
  what: string,
  by: 'drag' | 'tap',
): Promise<boolean> {
  await (await seeLocator(field, what)).click()
  const wheel = await openWheel(page, what)
  for (const [i, rows] of deltas.entries()) {
    const column = wheel.locator('.weui-picker__group').nth(i)
    if (rows !== 0) await (by === 'drag' ? turn(page, column, rows) : tapRows(page, column, rows))
  }
  await wheel.locator('.weui-picker__action', { hasText: '确定' }).click()
  try {
    await eventually(
      async () => (await field.textContent()) ?? '',
      (text) => shows.test(text),
      `${what} shows ${shows.source}`,
      3_000,
    )
    return true
  } catch (err) {
    if (err instanceof JourneyFailure) return false
    throw err
  }
}

const ATTEMPTS = 8

/** Picks `day` (2026-12-08) on a DateField's wheel, starting from the day it shows (or today). */
export async function pickDay(page: Page, field: Locator, day: string): Promise<void> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const wanted = new RegExp(`${y}年${m}月${d}日`)
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const shown = /(\d+)年(\d+)月(\d+)日/.exec((await field.textContent()) ?? '')
    const today = new Date(Date.now() + 8 * 3600_000)
    const [y0, m0, d0] = shown
      ? [Number(shown[1]), Number(shown[2]), Number(shown[3])]
      : [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()]
    if (await spin(page, field, [y - y0, m - m0, d - d0], wanted, `the date ${day}`, attempt % 2 ? 'drag' : 'tap'))
      return
  }
  throw new JourneyFailure(`the date ${day} could not be picked on the wheel in ${ATTEMPTS} tries`)
}

/** Picks `time` (09:30) on a DateTimeField's time wheel, starting from the time it shows (or 09:00). */
export async function pickTime(page: Page, field: Locator, time: string): Promise<void> {
  const [h, min] = time.split(':').map(Number) as [number, number]
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const shown = /(\d{2}):(\d{2})/.exec((await field.textContent()) ?? '')
    const [h0, min0] = shown ? [Number(shown[1]), Number(shown[2])] : [9, 0]
    if (
      await spin(page, field, [h - h0, min - min0], new RegExp(time), `the time ${time}`, attempt % 2 ? 'drag' : 'tap')
    )
      return
  }
  throw new JourneyFailure(`the time ${time} could not be picked on the wheel in ${ATTEMPTS} tries`)
}
