/**
 * Chinese orderings, each built once. `a.localeCompare(b, 'zh-CN', options)` builds a collator on every call:
 * sorting 2,000 unit labels took 138 ms that way and 3 ms with one collator (measured with Node 20).
 */
// Made on first use: this package is also bundled into the mini-app, whose engines may lack Intl at load time.
let zh: Intl.Collator | undefined
let zhNumeric: Intl.Collator | undefined

/** By Chinese name (pinyin order). */
export const byZh = (a: string, b: string): number => (zh ??= new Intl.Collator('zh-CN')).compare(a, b)

/** By label with numbers in number order: 2幢 before 10幢, 301 before 1201. */
export const byZhNumeric = (a: string, b: string): number =>
  (zhNumeric ??= new Intl.Collator('zh-CN', { numeric: true })).compare(a, b)
