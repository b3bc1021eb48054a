/// <reference lib="dom" />
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../scripts/config'
import { eventually, JourneyFailure, seeLocator } from './assert'

/** axe-core as installed, injected into the page the way a browser extension would. */
const AXE = require.resolve('axe-core/axe.min.js')
const APP_CONFIG = path.join(ROOT, 'apps/miniapp/src/app.config.ts')

export type Mode = 'normal' | 'elder'

/**
 * Every page the mini-app declares, main package and subpackages, read from app.config.ts itself so a page
 * added later is audited without touching this file. `defineAppConfig` is Taro's compile-time identity
 * function; outside the Taro build it is given here as the same identity.
 */
export async function appPages(): Promise<string[]> {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig ??= (c: unknown) => c
  const mod = (await import(APP_CONFIG)) as { default?: unknown }
  // tsx may wrap a default export once more when it loads an ES module through require.
  const raw = (mod.default as { default?: unknown } | undefined)?.default ?? mod.default
  const config = raw as { pages?: string[]; subPackages?: Array<{ root: string; pages: string[] }> } | undefined
  if (!config?.pages?.length) throw new JourneyFailure(`no pages found in ${APP_CONFIG}`)
  const sub = (config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))
  return [...config.pages, ...sub]
}

export interface Finding {
  page: string
  mode: Mode
  rule: string
  impact: string
  help: string
  targets: string[]
}

interface AxeNode {
  target: unknown[]
}
interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: AxeNode[]
}

/**
 * Elements axe may skip, each with why. Empty today: every finding so far was a real problem and fixed in the
 * app. An entry must name one element of the Taro H5 runtime, never a whole rule.
 */
const RUNTIME_EXCLUDES: ReadonlyArray<{ selector: string; why: string }> = []

let axeText: string | undefined
const axeSource = () => (axeText ??= fs.readFileSync(AXE, 'utf8'))

/** Runs axe's WCAG 2 A and AA rules on what the page shows and returns the serious and critical violations. */
export async function axeViolations(page: Page, pagePath: string, mode: Mode): Promise<Finding[]> {
  const has = await page.evaluate('typeof window.axe')
  // Evaluated through the DevTools protocol, not as an inline <script>: the H5 page's CSP (issue #15) refuses
  // inline scripts, as it should for anything the app itself does not ship.
  if (has !== 'object') await page.evaluate(axeSource())
  const exclude = RUNTIME_EXCLUDES.map((e) => [e.selector])
  const violations = (await page.evaluate(async (ex) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } })
      .axe
    const ctx = ex.length ? { include: [['body']], exclude: ex } : document
    const result = await axe.run(ctx, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    })
    return result.violations
  }, exclude)) as AxeViolation[]
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: pagePath,
      mode,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }))
}

export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `  ${f.page} [${f.mode}] ${f.rule} (${f.impact}): ${f.help}\n${f.targets.map((t) => `      ${t}`).join('\n')}`,
    )
    .join('\n')
}

/**
 * Opens a page by its path as a fresh load (a person following a link), then waits for its content: the page
 * root, no loading note left, and no error note (a page that failed to load would pass axe for nothing).
 */
export async function openPage(
  page: Page,
  baseUrl: string,
  pagePath: string,
  query: Record<string, string> = {},
): Promise<void> {
  const qs = new URLSearchParams(query).toString()
  await page.goto(`${baseUrl}/#/${pagePath}${qs ? `?${qs}` : ''}`)
  await page.reload()
  await seeLocator(page.locator('.page'), `the page ${pagePath}`)
  await eventually(
    () => page.locator('.status--loading:visible').count(),
    (n) => n === 0,
    `${pagePath} finishes loading`,
  )
  // Data that arrives after the first render (counts, second requests) settles within a moment.
  await page.waitForTimeout(400)
  await eventually(
    () => page.locator('.status--loading:visible').count(),
    (n) => n === 0,
    `${pagePath} finishes loading`,
  )
  const error = page.locator('.status--error:visible')
  if ((await error.count()) > 0)
    throw new JourneyFailure(
      `${pagePath} shows an error instead of its content: ${(await error.first().textContent()) ?? ''}`,
    )
}

/** Turns elder mode on with the toggle the page offers (home and login have one), as a person would. */
/**
 * Turns 长辈模式 on or off on whatever page is open, as the toggle on home would (the choice is kept on the device),
 * and reloads the page in it: for pages that have no toggle of their own.
 */
export async function setElderMode(page: Page, on: boolean): Promise<void> {
  // Taro's H5 storage keeps `{ data }` under each key; the app's own values are JSON inside it (lib/storage.ts).
  const stored = JSON.stringify({ data: JSON.stringify(on) })
  await page.evaluate(`window.localStorage.setItem('jy.elder', ${JSON.stringify(stored)})`)
  await page.reload()
  await seeLocator(
    page.locator(on ? '.page.elder' : '.page:not(.elder)'),
    on ? 'the page in elder mode' : 'normal mode',
  )
}

export async function elderOn(page: Page): Promise<void> {
  if ((await page.locator('.page.elder').count()) > 0) return
  await page.locator('.elder-toggle').first().click()
  await seeLocator(page.locator('.page.elder'), 'the page in elder mode')
}

/** Reads the session the app keeps in local storage (Taro H5 wraps each value as `{ data }`). */
function tokenFrom(raw: unknown): string | undefined {
  let value = raw
  for (let i = 0; i < 4; i++) {
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value)
      } catch {
        return undefined
      }
    } else if (value && typeof value === 'object' && 'token' in value && typeof value.token === 'string')
      return value.token
    else if (value && typeof value === 'object' && 'data' in value) value = value.data
    else return undefined
  }
  return undefined
}

/** A GET of the API as the person logged in on `page`, to find real ids for pages that need them. */
export async function apiGet<T>(page: Page, apiPath: string): Promise<T> {
  return apiCall<T>(page, 'GET', apiPath)
}

/** A POST or PUT of the API as the person logged in on `page`: a record a page needs that no seed makes. */
export async function apiSend<T>(page: Page, method: 'POST' | 'PUT', apiPath: string, body: unknown): Promise<T> {
  return apiCall<T>(page, method, apiPath, body)
}

async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT', apiPath: string, body?: unknown): Promise<T> {
  const token = tokenFrom(await page.evaluate(() => window.localStorage.getItem('jy.session')))
  if (!token) throw new JourneyFailure('no session on the page to ask the API with')
  const res = await page.request.fetch(apiPath.startsWith('http') ? apiPath : new URL(apiPath, page.url()).toString(), {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    ...(body === undefined ? {} : { data: body }),
  })
  if (!res.ok()) throw new JourneyFailure(`${method} ${apiPath} answered ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

/** Fills a contract path such as `/v1/compounds/{compoundId}/tickets/mine`. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k]
    if (v === undefined) throw new JourneyFailure(`no value for {${k}} in ${template}`)
    return encodeURIComponent(v)
  })
}
