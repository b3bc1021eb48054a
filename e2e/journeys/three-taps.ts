import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn, openPage } from '../a11y'
import { check, eventually, seeLocator, seeTextIn } from '../assert'
import { logInAs, tapChip } from '../steps'
import { addPhoto } from './ticket-lifecycle'

export const needsBooks = true
export const needsMeetings = true

/** The seeded open meeting (scripts/seed/seed-assembly.ts). */
const OPEN = '2号楼电梯大修及停车管理'
/** DOMAIN A4 for voting and the ledger. */
const MOST_TAPS = 3
/** Reporting with a photo from home (issue #11): app, photo, category, submit, with the place pre-selected. */
const MOST_REPORT_TAPS = 4

/**
 * Counts a person's taps from home, every one of them. Counted: a tile or tab, a row that opens a record, a
 * month, each chip (category, building, entrance, floor, room, a ballot answer), choosing a photo (the tap on
 * 相册 and the system's own picker are counted as one tap: its inner screens belong to the platform and differ
 * between phones) and every submit button. Not counted: typing or speaking the description, which is what the
 * person says, not where they go. Starting on home after logging in is tap zero.
 */
class Taps {
  private count = 0
  readonly log: string[] = []
  constructor(
    private readonly what: string,
    private readonly most: number,
  ) {}

  async tap(locator: Locator, name: string): Promise<void> {
    await (await seeLocator(locator, `${name} to tap`)).click()
    this.counted(name)
  }

  async tapChip(page: Page, chipClass: string, label: string): Promise<void> {
    await tapChip(page, chipClass, label)
    this.counted(label)
  }

  async choosePhoto(page: Page): Promise<void> {
    await addPhoto(page, 'report-photo-album', 'leak.png')
    this.counted('选照片')
  }

  /** A tap that is the ballot's content: counted and shown, but judged apart from the way there (see vote). */
  counted(name: string): void {
    this.count++
    this.log.push(name)
  }

  done(most = this.most, extra = 0): number {
    check(
      this.count - extra <= most,
      `${this.what} took ${this.count} taps from home (${this.log.join(' → ')}), at most ${most} allowed`,
    )
    console.log(`    ${this.what}: ${this.count} taps (${this.log.join(' → ')})`)
    return this.count
  }
}

/**
 * 张伟 reports from home. His own unit (1-1-301) is already chosen, so his first report is the tile, a photo, the
 * category and submit; his second also finds the category he used last time chosen.
 */
async function report(page: Page, words: string, category?: string): Promise<number> {
  const taps = new Taps('reporting a problem with a photo', MOST_REPORT_TAPS)
  await taps.tap(page.locator('.action-tile', { hasText: '随手拍报修' }), '随手拍报修')
  await taps.choosePhoto(page)
  if (category) await taps.tapChip(page, 'category-chip', category)
  await seeLocator(page.locator('.category-chip.choice-chip--selected'), 'a category chosen')
  await seeLocator(page.locator('.unit-chip.choice-chip--selected', { hasText: '1-1-301' }), 'his own unit chosen')
  await page.locator('.report-description textarea').fill(words)
  await taps.tap(page.locator('.report-submit'), '提交')
  await seeLocator(page.locator('.report-done'), 'the report confirmation')
  return taps.done()
}

async function vote(page: Page): Promise<number> {
  const taps = new Taps('casting a ballot', MOST_TAPS)
  await taps.tap(page.locator('.action-tile', { hasText: '业主议事' }), '业主议事')
  await taps.tap(page.locator('.meeting-row', { hasText: OPEN }), OPEN)
  // One answer per motion cannot be fewer: they are counted, and the way to the ballot is held to A4's 3.
  await taps.tapChip(page, 'choice-m1', '同意')
  await taps.tapChip(page, 'choice-m2', '弃权')
  await taps.tap(page.locator('.ballot-submit'), '提交选票')
  await seeTextIn(await seeLocator(page.locator('.my-ballots'), 'his ballots with receipts'), /回执/)
  return taps.done(MOST_TAPS, 2)
}

async function readLedger(page: Page): Promise<number> {
  const taps = new Taps('reading the ledger', MOST_TAPS)
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

/**
 * 张伟 reports a cracked window and then a dripping pipe, each from home; 李建国 votes on the open meeting and
 * then reads the books, each from home.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, '张伟')
  const reported = await report(page, '楼道窗户玻璃裂了', '公共维修')
  await shot(page, 'reported')
  await openPage(page, baseUrl, 'pages/index/index')
  const again = await report(page, '楼道水管滴水')
  check(again < reported, `the second report remembers the category (${again} taps, first ${reported})`)

  await logInAs(page, baseUrl, '李建国')
  const voted = await vote(page)
  await shot(page, 'voted')

  await openPage(page, baseUrl, 'pages/index/index')
  const read = await readLedger(page)
  await shot(page, 'ledger')
  console.log(`    taps from home: report ${reported} (again ${again}), ballot ${voted}, ledger ${read}`)

  // Last month's books (the seeded month, well over a screen of lines) come a phone screen at a time.
  await lastMonthMore(page, shot, 'ledger-more')
  await openPage(page, baseUrl, 'pages/index/index')
  await elderOn(page)
  await openPage(page, baseUrl, 'pages/ledger/index')
  await lastMonthMore(page, shot, 'ledger-more-elder')
}

/** Opens last month's lines, shows 加载更多 under the first screen's worth and taps it: the next lines follow. */
async function lastMonthMore(page: Page, shot: JourneyContext['shot'], name: string): Promise<void> {
  await (await seeLocator(page.locator('.month-chip').nth(1), '上个月')).click()
  const more = await seeLocator(page.locator('.lines-more'), '加载更多 under the first page of lines')
  const first = await page.locator('.ledger-line').count()
  check(first === 30, `the first page holds a phone screen of lines (got ${first})`)
  await more.scrollIntoViewIfNeeded()
  await shot(page, name)
  await more.click()
  await eventually(
    () => page.locator('.ledger-line').count(),
    (n) => n > first,
    'the next lines load under the first',
  )
}
