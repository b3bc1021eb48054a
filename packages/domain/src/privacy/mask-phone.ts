/**
 * `13812348888` → `138****8888` (DOMAIN P1): the carrier prefix and the last four stay, enough for a person
 * to recognise their own number. Separators and a +86 / 0086 prefix are dropped first. Anything with fewer
 * than 8 digits is masked whole, since 3 + 4 kept digits would then give away almost everything.
 */
export function maskPhone(phone: string): string {
  const digits = asciiDigits(phone)
    .replace(/\D/g, '')
    .replace(/^(?:0086|86)(?=1\d{10}$)/, '')
  if (digits.length < 8) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

/** Full-width digits (０–９, typed with a Chinese input method) as ASCII ones; everything else as it is. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
}

/** A digit as people type it, half- or full-width. */
const D = '[0-9０-９]'
/** Between digit groups: a space (also the ideographic one), a dash of any kind or a dot, at most three (` - `). */
const SEP = '[ \\t\\u3000\\-‐‑–—－.．·]{0,3}'

/**
 * Mainland mobile numbers typed into free text in any of the ways people write them: `13812348888`,
 * `138 1234 8888`, `139-1234-5678`, `+86 137 1111 2222`, `0086-138…`, full-width `１３８…`; never a part of a
 * longer digit run (an order number). The prefix +86 goes with the number.
 */
const MOBILE_IN_TEXT = new RegExp(
  `(?<!${D})(?:[+＋]?(?:00|００)?[8８][6６]${SEP})?[1１]${SEP}[3-9３-９](?:${SEP}${D}){9}(?!${D})`,
  'g',
)

/** Residents write their number into descriptions; a public view must not repeat it (DOMAIN P1, T6). */
export function maskPhonesInText(text: string): string {
  return text.replace(MOBILE_IN_TEXT, (phone) => maskPhone(phone))
}
