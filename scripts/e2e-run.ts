import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { freePort } from '@jiayuan/db/local'
import { CHROMIUM_ARGS } from '../e2e/browser'
import { H5_DIST, ROOT, scriptEnv } from './config'
import { startStack } from './stack'

export interface JourneyContext {
  baseUrl: string
  /** A fresh phone-sized page in its own browser context (own storage = own login). */
  newPage(): Promise<Page>
  page: Page
  /** Saves a screenshot under .e2e/ for a person to look at. */
  shot(page: Page, name: string): Promise<void>
  /** Runs the stack's scheduled jobs (SLA sweep, outbox) now rather than waiting for their timer. */
  runJobs(): Promise<void>
}

const OUT = path.join(ROOT, '.e2e')

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 720 },
    hasTouch: true,
    isMobile: true,
    locale: 'zh-CN',
    deviceScaleFactor: 2,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return page
}

/**
 * Runs every journey in e2e/journeys against the H5 build served by a fresh local stack (DynamoDB Local in
 * memory, seeded demo compound). Each journey starts from a clean database.
 */
async function main(): Promise<void> {
  if (!fs.existsSync(path.join(H5_DIST, 'index.html'))) throw new Error('no H5 build: run `npm run build:h5` first')
  fs.mkdirSync(OUT, { recursive: true })
  const only = process.argv.slice(2)
  const dir = path.join(ROOT, 'e2e/journeys')
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
    .sort()
  const browser = await chromium.launch({ executablePath: scriptEnv.CHROMIUM_PATH, args: CHROMIUM_ARGS })
  let passed = 0
  let failed = 0
  for (const file of files) {
    const journey = (await import(path.join(dir, file))) as {
      run(ctx: JourneyContext): Promise<void>
      needsBooks?: boolean
      needsMeetings?: boolean
      needsBulletins?: boolean
      /** Starts as `npm start -- --empty` does: no demo, only the bootstrap platform admin. */
      startsEmpty?: boolean
      /** The demo's everyday life as `npm start` seeds it (scripts/seed/seed-activity.ts). */
      needsActivity?: boolean
    }
    const stack = await startStack({
      port: await freePort(),
      host: '127.0.0.1',
      staticDir: H5_DIST,
      books: journey.needsBooks === true,
      meetings: journey.needsMeetings === true,
      bulletins: journey.needsBulletins === true,
      empty: journey.startsEmpty === true,
      activity: journey.needsActivity === true,
    })
    const pages: Page[] = []
    const errors: string[] = []
    const watch = (p: Page) => {
      p.on('pageerror', (e) => errors.push(e.message))
      pages.push(p)
      return p
    }
    const ctx: JourneyContext = {
      baseUrl: stack.url,
      newPage: async () => watch(await phonePage(browser)),
      page: watch(await phonePage(browser)),
      runJobs: () => stack.runJobs(),
      shot: async (page, name) => {
        await page.screenshot({ path: path.join(OUT, `${path.basename(file, '.ts')}-${name}.png`) })
      },
    }
    const started = Date.now()
    try {
      await journey.run(ctx)
      console.log(`  ✓ ${file} (${Date.now() - started} ms)`)
      passed++
    } catch (err) {
      failed++
      console.log(`  ✕ ${file}: ${(err as Error).message}`)
      await Promise.all(
        pages.map((p, i) =>
          p
            .screenshot({ path: path.join(OUT, `${path.basename(file, '.ts')}-failure-${i}.png`) })
            .catch(() => undefined),
        ),
      )
      if (errors.length) console.log(`    page errors: ${errors.join(' | ')}`)
    } finally {
      await Promise.all(pages.map((p) => p.context().close()))
      await stack.stop()
    }
  }
  await browser.close()
  console.log(`journeys: ${passed} passed, ${failed} failed`)
  process.exit(failed > 0 || passed === 0 ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
