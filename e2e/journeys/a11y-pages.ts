import type { Page } from 'playwright-core'
import type { JourneyContext } from '../../scripts/e2e-run'
import { appPages, axeViolations, describeFindings, elderOn, openPage, type Finding, type Mode } from '../a11y'
import { findIds, personFor, queryFor } from '../a11y-visits'
import { JourneyFailure } from '../assert'
import { logInAs, openLogin } from '../steps'
import { reportProblem } from './ticket-lifecycle'

export const needsBooks = true
export const needsMeetings = true
export const needsBulletins = true

/** The login page as a person first sees it, no one logged in; elder mode comes from the page's own toggle. */
async function auditLogin(page: Page, baseUrl: string, pagePath: string, mode: Mode): Promise<Finding[]> {
  await openLogin(page, baseUrl)
  await page.evaluate(() => window.localStorage.clear())
  await openPage(page, baseUrl, pagePath)
  if (mode === 'elder') await elderOn(page)
  return axeViolations(page, pagePath, mode)
}

/**
 * Every page declared in app.config.ts (main package and subpackages), opened by a person whose role it is
 * for, with real ids where it shows one record, is checked with axe-core's WCAG 2 A and AA rules, first in
 * normal size and then in elder mode (DOMAIN A1–A3). Any serious or critical violation fails the journey,
 * listed by page, mode, rule and element.
 */
export async function run({ baseUrl, page }: JourneyContext): Promise<void> {
  const pages = await appPages()
  const ids = await findIds(page, baseUrl, () =>
    reportProblem(page, { building: '1号楼', entrance: '1单元', unit: '1-1-101' }, '公共维修', '楼道灯不亮'),
  )
  const byPerson = new Map<string | null, string[]>()
  for (const p of pages) byPerson.set(personFor(p), [...(byPerson.get(personFor(p)) ?? []), p])

  const findings: Finding[] = []
  let audits = 0
  for (const [person, paths] of byPerson) {
    for (const mode of ['normal', 'elder'] as const) {
      if (person) {
        await logInAs(page, baseUrl, person)
        if (mode === 'elder') await elderOn(page)
      }
      for (const pagePath of paths) {
        const started = Date.now()
        let found: Finding[]
        try {
          if (person) await openPage(page, baseUrl, pagePath, queryFor(pagePath, ids))
          found = person ? await axeViolations(page, pagePath, mode) : await auditLogin(page, baseUrl, pagePath, mode)
          if (mode === 'elder' && (await page.locator('.page.elder').count()) === 0)
            throw new JourneyFailure(`${pagePath} did not open in elder mode`)
        } catch (err) {
          // A page that does not open is a failure too; the others are still audited so one run lists everything.
          if (!(err instanceof JourneyFailure)) throw err
          found = [{ page: pagePath, mode, rule: 'page-opens', impact: 'critical', help: err.message, targets: [] }]
        }
        findings.push(...found)
        audits++
        console.log(
          `    ${pagePath} [${mode}] as ${person ?? 'nobody'}: ${found.length} serious/critical${found.length ? ` [${found.map((f) => f.rule).join(', ')}]` : ''} (${Date.now() - started} ms)`,
        )
      }
    }
  }
  console.log(
    `    audited ${pages.length} pages × 2 modes = ${audits} audits; ${findings.length} serious/critical violations`,
  )
  if (findings.length > 0)
    throw new JourneyFailure(
      `axe found ${findings.length} serious or critical violations:\n${describeFindings(findings)}`,
    )
}
