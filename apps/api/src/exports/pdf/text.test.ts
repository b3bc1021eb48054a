import { fromUtf16Hex, textWidth, utf16Hex, wrapText } from './text'

describe('UTF-16BE hex text', () => {
  it('encodes Chinese and ASCII as four hex digits each and decodes back', () => {
    expect(utf16Hex('月报 A1')).toBe('<6708 62A5 0020 0041 0031>'.replace(/ /g, ''))
    expect(fromUtf16Hex(utf16Hex('2025年10月物业月报'))).toBe('2025年10月物业月报')
  })
  it('shows a character outside the BMP as 〓, since UCS-2 cannot carry it', () => {
    expect(fromUtf16Hex(utf16Hex('𠀀好'))).toBe('〓好')
  })
  it('refuses a malformed hex string', () => {
    expect(() => fromUtf16Hex('<4E0>')).toThrow('not a UTF-16BE hex string')
  })
})

describe('wrapText', () => {
  it('measures CJK at a full em and ASCII at half', () => {
    expect(textWidth('月报', 10)).toBe(20)
    expect(textWidth('ab', 10)).toBe(10)
  })
  it('breaks Chinese anywhere, keeps numbers whole, and keeps every line within the width', () => {
    const text = '本月完成电梯维保共计12345678次并清理地下车库杂物'
    const lines = wrapText(text, 10, 100)
    expect(lines.join('')).toBe(text)
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100)
    expect(lines.some((l) => l.includes('12345678'))).toBe(true)
  })
  it('starts a new line at each newline and keeps empty lines', () => {
    expect(wrapText('一\n\n二', 10, 100)).toEqual(['一', '', '二'])
  })
})
