import type { Page } from 'playwright-core'

/** DOMAIN A1 in elder mode: text ≥ 18 px with line height ≥ 1.3, every target ≥ 60×60 CSS px. */
export const ELDER = { minFontPx: 18, minLineHeight: 1.3, minTargetPx: 60 } as const

/**
 * What a person can tap or type into. Taro draws buttons, chips and tiles as plain elements, so they count by
 * their ARIA role; native controls and the H5 tab bar count by tag and class.
 */
const TARGETS = [
  '[role=button]',
  '[role=link]',
  '[role=radio]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=tab]',
  '[role=option]',
  'button',
  'a[href]',
  'input:not([type=hidden])',
  'textarea',
  'select',
  '.nut-button',
  '.weui-tabbar__item',
].join(',')

export interface Measured {
  texts: number
  targets: number
  offenders: string[]
}

/**
 * Measures the page on screen (and the tab bar under it): every visible element with text of its own must be
 * ≥ 18 px with a line height ≥ 1.3 × its size; every visible target must be ≥ 60×60. Returns what it measured
 * and every offender by element, text and numbers.
 */
export async function measureElder(page: Page): Promise<Measured> {
  return (await page.evaluate(`(${MEASURE})(${JSON.stringify({ targets: TARGETS, min: ELDER })})`)) as Measured
}

/*
 * Runs in the page. Kept as plain JavaScript in a string: the test runner's TypeScript transform adds helper
 * calls to named functions that do not exist inside the browser.
 */
const MEASURE = `({ targets, min }) => {
  const roots = [...document.querySelectorAll('.page'), ...document.querySelectorAll('.weui-tabbar')].filter((el) => el.getBoundingClientRect().height > 0)
  function shown(el) {
    const r = el.getBoundingClientRect()
    const cs = window.getComputedStyle(el)
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && Number.parseFloat(cs.opacity) > 0
  }
  function name(el) {
    const cls = [...el.classList].slice(0, 2).map((c) => '.' + c).join('')
    const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 14)
    const label = el.getAttribute('aria-label')
    return el.tagName.toLowerCase() + cls + (label ? '[' + label + ']' : '') + (text ? ' "' + text + '"' : '')
  }
  const offenders = []
  let texts = 0
  let taps = 0
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent || '').trim() !== '')
      if (!(ownText || el.matches('input, textarea')) || !shown(el)) continue
      texts++
      const cs = window.getComputedStyle(el)
      const size = Number.parseFloat(cs.fontSize)
      const line = cs.lineHeight === 'normal' ? size * 1.2 : Number.parseFloat(cs.lineHeight)
      if (size < min.minFontPx - 0.01) offenders.push('text ' + size + 'px < ' + min.minFontPx + 'px: ' + name(el))
      else if (line < size * min.minLineHeight - 0.5) offenders.push('line height ' + line.toFixed(1) + 'px < ' + min.minLineHeight + ' × ' + size + 'px: ' + name(el))
    }
    for (const el of root.querySelectorAll(targets)) {
      if (!shown(el)) continue
      taps++
      const r = el.getBoundingClientRect()
      if (r.width < min.minTargetPx - 0.5 || r.height < min.minTargetPx - 0.5) {
        offenders.push('target ' + r.width.toFixed(0) + '×' + r.height.toFixed(0) + ' < ' + min.minTargetPx + '×' + min.minTargetPx + ': ' + name(el))
      }
    }
  }
  return { texts, targets: taps, offenders }
}`
