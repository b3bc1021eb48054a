import type { Locator, Page } from 'playwright-core'

const DEFAULT_TIMEOUT = 15_000

export class JourneyFailure extends Error {
  override name = 'JourneyFailure'
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new JourneyFailure(message)
}

/** Waits until the text is visible somewhere on the page. */
export async function seeText(page: Page, text: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<Locator> {
  // Taro's H5 keeps earlier pages in the DOM, hidden: the text must be on the page the person is looking at.
  const locator = page.getByText(text).filter({ visible: true }).first()
  try {
    await locator.waitFor({ state: 'visible', timeout })
  } catch {
    throw new JourneyFailure(`expected to see ${String(text)} on ${page.url()}`)
  }
  return locator
}

/** Waits until the text is visible inside `scope` (a card, a row). */
export async function seeTextIn(scope: Locator, text: string | RegExp, timeout = DEFAULT_TIMEOUT): Promise<void> {
  try {
    await scope.getByText(text).filter({ visible: true }).first().waitFor({ state: 'visible', timeout })
  } catch {
    throw new JourneyFailure(`expected to see ${String(text)} inside ${scope.toString()}`)
  }
}

export async function seeLocator(locator: Locator, what: string, timeout = DEFAULT_TIMEOUT): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout })
  } catch {
    throw new JourneyFailure(`expected to see ${what}`)
  }
  return locator.first()
}

export async function notSeeText(page: Page, text: string | RegExp, settleMs = 500): Promise<void> {
  await page.waitForTimeout(settleMs)
  const count = await page.getByText(text).count()
  for (let i = 0; i < count; i++) {
    if (await page.getByText(text).nth(i).isVisible())
      throw new JourneyFailure(`did not expect to see ${String(text)} on ${page.url()}`)
  }
}

/** Polls a value until `ok` accepts it. */
export async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<T> {
  const until = Date.now() + timeout
  let last: T = await read()
  while (!ok(last)) {
    if (Date.now() > until) throw new JourneyFailure(`${what} (last value: ${JSON.stringify(last)})`)
    await new Promise((r) => setTimeout(r, 200))
    last = await read()
  }
  return last
}
