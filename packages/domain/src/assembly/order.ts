/** Code-unit order, not locale order, so every runtime sorts the same (the roll hash depends on it). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
