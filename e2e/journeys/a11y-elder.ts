import type { JourneyContext } from '../../scripts/e2e-run'
import { elderOn, openPage } from '../a11y'
import { measureElder } from '../a11y-measure'
import { DEFAULT_PERSON, findOwnerIds } from '../a11y-visits'
import { check, JourneyFailure } from '../assert'
import { logInAs } from '../steps'

export const needsBooks = true
export const needsMeetings = true
export const needsBulletins = true

/**
 * The owner 李建国 turns elder mode on and opens the pages an older resident uses most: home (with a notice card),
 * the notice in full, the 报修 tab and the report form, the 议事 tab and the open meeting's ballot, the 账本 tab
 * and one ledger line, and 我的. On
 * each, all text is ≥ 18 px with line height ≥ 1.3 and every target is ≥ 60×60 (DOMAIN A1); offenders are
 * listed by page and element.
 */
export async function run({ baseUrl, page, shot }: JourneyContext): Promise<void> {
  await logInAs(page, baseUrl, DEFAULT_PERSON)
  const ids = await findOwnerIds(page)
  await elderOn(page)
  const core: Array<[string, Record<string, string>]> = [
    ['pages/index/index', {}],
    ['pages/bulletins/detail/index', { id: ids.bulletinId }],
    ['pages/repair/index', {}],
    ['pages/tickets/report/index', {}],
    ['pages/assembly/index', {}],
    ['pages/vote/meeting/index', { id: ids.openMeetingId }],
    ['pages/ledger/index', {}],
    ['pages/books/line/index', { seq: ids.lineSeq }],
    ['pages/me/index', {}],
  ]
  const problems: string[] = []
  for (const [pagePath, query] of core) {
    await openPage(page, baseUrl, pagePath, query)
    check((await page.locator('.page.elder').count()) > 0, `${pagePath} opens in elder mode`)
    const m = await measureElder(page)
    check(
      m.texts > 0 && m.targets > 0,
      `${pagePath} has text and targets to measure (got ${m.texts} texts, ${m.targets} targets)`,
    )
    console.log(`    ${pagePath}: ${m.texts} texts, ${m.targets} targets, ${m.offenders.length} offenders`)
    problems.push(...m.offenders.map((o) => `  ${pagePath}: ${o}`))
    await shot(page, pagePath.split('/').slice(1, -1).join('-'))
  }
  if (problems.length > 0)
    throw new JourneyFailure(`elder mode misses DOMAIN A1 in ${problems.length} places:\n${problems.join('\n')}`)
}
