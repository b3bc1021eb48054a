import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { openPage } from '../a11y'
import { check, eventually, seeLocator, seeTextIn } from '../assert'
import { logInAs, tapChip } from '../steps'
import { addPhoto } from './ticket-lifecycle'

export const needsBooks = true
export const needsMeetings = true

/** The seeded open meeting (scripts/seed/seed-assembly.ts). */
const OPEN = '2号楼电梯大修及停车管理'
const MOST_TAPS = 3

/**
 * Counts a person's taps from home (DOMAIN A4: reporting, voting and reading the ledger each take at most 3).
 *
 * Counted: every tap that moves the person on or sends something: a tile or tab, a row that opens a record, a
 * month to look at, a submit button. Not counted: what the person says rather than where they go, that is
 * typing, choosing a photo from the album, and picking the answers that are the report's or the ballot's
 * content (its category and place, 同意 / 反对 / 弃权). Starting on home after logging in is tap zero.
 */
class Taps {
  private count = 0
  readonly log: string[] = []
  constructor(private readonly what: string) {}

  async tap(locator: Locator, name: string): Promise<void> {
    await (await seeLocator(locator, `${name} to tap`)).click()
    this.count++
    this.log.push(name)
  }

  done(): number {
    check(
      this.count <= MOST_TAPS,
      `${this.what} took ${this.count} taps from home (${this.log.join(' → ')}), at most ${MOST_TAPS} allowed`,
    )
    console.log(`    ${this.what}: ${this.count} taps (${this.log.join(' → ')})`)
    return this.count
  }
}

async function report(page: Page): Promise<number> {
  const taps = new Taps('reporting a problem')
  await taps.tap(page.locator('.action-tile', { hasText: '随手拍报修' }), '随手拍报修')
  await addPhoto(page, 'report-photo-album', 'leak.png')
  await tapChip(page, 'category-chip', '公共维修')
  await tapChip(page, 'building-chip', '1号楼')
  await tapChip(page, 'entrance-chip', '1单元')
  await tapChip(page, 'unit-chip', '1-1-101')
  await page.locator('.report-description textarea').fill('楼道窗户玻璃裂了')
  await taps.tap(page.locator('.report-submit'), '提交')
  await seeLocator(page.locator('.report-done'), 'the report confirmation')
  return taps.done()
}

async function vote(page: Page): Promise<number> {
  const taps = new Taps('casting a ballot')
  await taps.tap(page.locator('.action-tile', { hasText: '业主议事' }), '业主议事')
  await taps.tap(page.locator('.meeting-row', { hasText: OPEN }), OPEN)
  await tapChip(page, 'choice-m1', '同意')
  await tapChip(page, 'choice-m2', '弃权')
  await taps.tap(page.locator('.ballot-submit'), '提交选票')
  await seeTextIn(await seeLocator(page.locator('.my-ballots'), 'his ballots with receipts'), /回执/)
  return taps.done()
}

async function readLedger(page: Page): Promise<number> {
  const taps = new Taps('reading the ledger')
  await taps.tap(page.locator('.action-tile', { hasText: /^账本/ }), '账本')
  const card = await seeLocator(page.locator('.line-list'), 'the month of lines')
  await eventually(
    () => card.locator('.status--loading').count(),
    (n) => n === 0,
    'the lines load',
  )
  // Early in a month the books may have no line yet: then last month is one more tap.
  if ((await card.locator('.ledger-line').count()) === 0) await taps.tap(page.locator('.month-chip').nth(1), '上个月')
  await seeLocator(page.locator('.ledger-line'), 'a ledger line')
  return taps.done()
}

/** 王芳 reports a broken window; 李建国 votes on the open meeting and then reads the books, each from home. */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '王芳')
  const reported = await report(page)
  await shot(page, 'reported')

  await logInAs(page, baseUrl, '李建国')
  const voted = await vote(page)
  await shot(page, 'voted')

  await openPage(page, baseUrl, 'pages/index/index')
  const read = await readLedger(page)
  await shot(page, 'ledger')
  console.log(`    taps from home: report ${reported}, ballot ${voted}, ledger ${read}`)
}
