/**
 * `张伟` → `张*`, `欧阳娜娜` → `欧***`, a single character → `*` (DOMAIN P1). Only the first character stays
 * and every other one becomes a star, so the length is kept but a compound surname is not given away.
 * Counts code points, so a name with a character outside the BMP (e.g. 𠮷) is masked correctly.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return '*'.repeat(chars.length)
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 1)}`
}
