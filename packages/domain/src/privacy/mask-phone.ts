/**
 * `13812348888` → `138****8888` (DOMAIN P1): the carrier prefix and the last four stay, enough for a person
 * to recognise their own number. Separators and a +86 / 0086 prefix are dropped first. Anything with fewer
 * than 8 digits is masked whole, since 3 + 4 kept digits would then give away almost everything.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').replace(/^(?:0086|86)(?=1\d{10}$)/, '')
  if (digits.length < 8) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** Mainland mobile numbers typed into free text ("请联系13812348888"), not inside longer digit runs. */
const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/g

/** Residents write their number into descriptions; a public view must not repeat it (DOMAIN P1, T6). */
export function maskPhonesInText(text: string): string {
  return text.replace(MOBILE_IN_TEXT, (phone) => maskPhone(phone))
}
