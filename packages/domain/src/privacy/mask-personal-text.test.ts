import fc from 'fast-check'
import { asciiDigits } from './mask-phone'
import { maskIdNumbersInText, maskPersonalText, maskPlatesInText } from './mask-personal-text'

const FULL_WIDTH = (d: string) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)

/** A mainland mobile number written the way people type it: groups, separators, +86, full-width digits. */
const writtenPhone = fc
  .record({
    second: fc.constantFrom('3', '4', '5', '6', '7', '8', '9'),
    rest: fc.array(fc.constantFrom(...'0123456789'), { minLength: 9, maxLength: 9 }),
    groups: fc.constantFrom<number[]>([3, 4, 4], [3, 8], [11], [3, 3, 5], [1, 10]),
    sep: fc.constantFrom(' ', '-', '－', '\u3000', '.', ' - ', ''),
    prefix: fc.constantFrom('', '+86 ', '+86', '0086-', '86 ', '＋８６ '),
    fullWidth: fc.boolean(),
  })
  .map(({ second, rest, groups, sep, prefix, fullWidth }) => {
    const digits = `1${second}${rest.join('')}`
    const parts: string[] = []
    let at = 0
    for (const g of groups) {
      parts.push(digits.slice(at, at + g))
      at += g
    }
    const written = prefix + parts.join(sep)
    return { digits, written: fullWidth ? written.replace(/[0-9]/g, FULL_WIDTH) : written }
  })

const around = fc.constantFrom<[string, string]>(
  ['请联系', '，谢谢'],
  ['电话：', ''],
  ['', ' 2号楼'],
  ['王先生 ', '（白天）'],
  ['', ''],
)

describe('personal data in free text, in any format (DOMAIN P1)', () => {
  it('never lets a phone number through, however it is written, and keeps the words around it', () => {
    fc.assert(
      fc.property(writtenPhone, around, ({ digits, written }, [before, after]) => {
        const out = maskPersonalText(`${before}${written}${after}`)
        const onlyDigits = asciiDigits(out).replace(/\D/g, '')
        expect(onlyDigits).not.toContain(digits)
        expect(out).toContain(`${digits.slice(0, 3)}****${digits.slice(-4)}`)
        expect(out.startsWith(before)).toBe(true)
        expect(out.endsWith(after)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    ['门禁卡登记身份证330106199001011234', '门禁卡登记身份证330***********1234'],
    ['身份证 11010519491231002X 已核对', '身份证 110***********002X 已核对'],
    ['３３０１０６１９９００１０１１２３４', '330***********1234'],
  ])('masks identity card numbers: %p', (text, masked) => {
    expect(maskIdNumbersInText(text)).toBe(masked)
    expect(maskPersonalText(text)).toBe(masked)
  })

  it.each([
    ['浙A12345 占了消防通道', '浙A***45 占了消防通道'],
    ['车牌浙A·D12345停在单元门口', '车牌浙A****45停在单元门口'],
    ['沪 B 8X8X8', '沪B***X8'],
  ])('masks number plates: %p', (text, masked) => {
    expect(maskPlatesInText(text)).toBe(masked)
  })

  it('leaves dates, times, rooms, amounts and order numbers alone', () => {
    for (const text of [
      '2026-12-01 13:00 停水',
      '3号楼2单元502室',
      '金额 ¥12,800.00',
      '订单号 2138123488881',
      '工单 HX-20261201-013',
      '电梯 A12 号',
    ]) {
      expect(maskPersonalText(text)).toBe(text)
    }
  })
})
