/** Digit groups of a building/room reference: `3栋1单元502`, `3-1-502` and `3 1 502` all read [3, 1, 502]. */
const digitGroups = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number)

function containsRun(haystack: readonly number[], needle: readonly number[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((n, j) => haystack[i + j] === n)) return true
  }
  return false
}

/**
 * Whether a voting subject matches what the committee typed: by number, the typed groups appear in order
 * inside one of its unit labels (`1-502` finds `3-1-502`); otherwise the name contains the text. Empty
 * finds everyone.
 */
export function matchesSubject(query: string, subject: { name: string; unitLabels: readonly string[] }): boolean {
  const q = query.trim()
  if (q === '') return true
  const groups = digitGroups(q)
  if (groups.length > 0) return subject.unitLabels.some((label) => containsRun(digitGroups(label), groups))
  return subject.name.includes(q)
}
