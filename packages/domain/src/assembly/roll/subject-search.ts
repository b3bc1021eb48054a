/** Digit groups of a building/room reference: `3栋1单元502`, `3-1-502` and `3 1 502` all read [3, 1, 502]. */
export const digitGroups = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number)

function containsRun(haystack: readonly number[], needle: readonly number[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((n, j) => haystack[i + j] === n)) return true
  }
  return false
}

/** Whether the numbers typed (`1-502`, `3栋1单元502`) appear in order inside a unit label such as `3-1-502`. */
export function matchesUnitRef(query: string, label: string): boolean {
  const groups = digitGroups(query)
  return groups.length > 0 && containsRun(digitGroups(label), groups)
}

/**
 * Whether a voting subject matches what the committee typed: by number, the typed groups appear in order
 * inside one of its unit labels (`1-502` finds `3-1-502`); otherwise the name contains the text. Empty
 * finds everyone.
 */
export function matchesSubject(query: string, subject: { name: string; unitLabels: readonly string[] }): boolean {
  const q = query.trim()
  if (q === '') return true
  if (digitGroups(q).length > 0) return subject.unitLabels.some((label) => matchesUnitRef(q, label))
  return subject.name.includes(q)
}
