import { asciiDigits, maskPhonesInText } from './mask-phone'

/**
 * Resident identity card numbers (居民身份证号, 18 characters: 6-digit area, birth date, sequence, check digit
 * or X), also with spaces and full-width digits: the first 3 and the last 4 stay.
 */
const ID_NUMBER_IN_TEXT =
  /(?<![0-9０-９A-Za-z])[1-9１-９](?:[ \u3000]?[0-9０-９]){16}[ \u3000]?[0-9０-９Xx×](?![0-9０-９A-Za-z])/g

/**
 * Mainland number plates (车牌): a province's character, the city letter, then 5 (6 for new-energy cars) letters
 * or digits, with or without a dot or space: 浙A12345, 浙A·D12345, 沪 B 8X8X8. The province and city stay, and
 * the last two.
 */
const PLATE_IN_TEXT =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][ \u3000]?[A-HJ-NP-Za-hj-np-z][ \u3000·•.．]?(?:[A-HJ-NP-Za-hj-np-z0-9０-９][ \u3000]?){4,5}[A-HJ-NP-Za-hj-np-z0-9０-９](?![A-Za-z0-9０-９])/g

export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_NUMBER_IN_TEXT, (id) => {
    const plain = asciiDigits(id).replace(/\s|\u3000/g, '')
    return `${plain.slice(0, 3)}${'*'.repeat(plain.length - 7)}${plain.slice(-4)}`
  })
}

export function maskPlatesInText(text: string): string {
  return text.replace(PLATE_IN_TEXT, (plate) => {
    const plain = asciiDigits(plate).replace(/[\s\u3000·•.．]/g, '')
    return `${plain.slice(0, 2)}${'*'.repeat(plain.length - 4)}${plain.slice(-2)}`
  })
}

/**
 * Every text that leaves a person's own view (the public board, followers, shared reports; DOMAIN P1) goes
 * through this: phone numbers, identity card numbers and number plates in any way people write them are masked.
 * ID numbers go first, so their digits are never read as a phone number.
 */
export function maskPersonalText(text: string): string {
  return maskPlatesInText(maskPhonesInText(maskIdNumbersInText(text)))
}
