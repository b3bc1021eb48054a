/**
 * Parses an area written in m² with at most two decimals ("89.35", "120", "75.5") into integer
 * hundredths of m² without ever going through a float (DOMAIN V2). Returns undefined when malformed.
 */
export function parseAreaCentiSqm(text: string): number | undefined {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!match) return undefined
  const whole = Number(match[1])
  const frac = Number((match[2] ?? '').padEnd(2, '0'))
  return whole * 100 + frac
}

export function formatArea(centiSqm: number): string {
  const whole = Math.trunc(centiSqm / 100)
  const frac = String(centiSqm % 100).padStart(2, '0')
  return `${whole}.${frac}`
}

/** 1269180 → "12,691.80 m²": an area as people read it, on every screen. */
export function areaText(centiSqm: number): string {
  return `${formatArea(centiSqm).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} m²`
}
