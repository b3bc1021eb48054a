import { formatYuan, groupedYuan, parseYuan, signedYuanText, yuanText } from './yuan'

describe('parseYuan', () => {
  it.each([
    ['301.20', 30120],
    ['301.2', 30120],
    ['12', 1200],
    ['-25.00', -2500],
    ['1,234.56', 123456],
    [' 0.01 ', 1],
    ['0.1', 10],
  ])('%p → %p fen', (text, fen) => expect(parseYuan(text)).toBe(fen))

  it.each(['', '12.345', '1e3', 'abc', '１２', '--1', '.5', '12.'])('refuses %p', (text) =>
    expect(parseYuan(text)).toBeUndefined(),
  )
})

describe('formatYuan', () => {
  it.each([
    [30120, '301.20'],
    [1, '0.01'],
    [-2500, '-25.00'],
    [0, '0.00'],
  ])('%p fen → %p', (fen, text) => expect(formatYuan(fen)).toBe(text))

  it('round-trips', () => {
    for (const fen of [0, 7, 99, 100, 123456789, -5]) expect(parseYuan(formatYuan(fen))).toBe(fen)
  })
})

describe('yuan for people', () => {
  it.each([
    [123456789, '1,234,567.89', '¥1,234,567.89'],
    [123456, '1,234.56', '¥1,234.56'],
    [5, '0.05', '¥0.05'],
    [-250, '-2.50', '-¥2.50'],
    [-100000, '-1,000.00', '-¥1,000.00'],
    [0, '0.00', '¥0.00'],
  ])('%p fen → %p, %p', (fen, grouped, text) => {
    expect(groupedYuan(fen)).toBe(grouped)
    expect(yuanText(fen)).toBe(text)
  })

  it('writes the sign of a movement out', () => {
    expect(signedYuanText(100)).toBe('+¥1.00')
    expect(signedYuanText(-100)).toBe('-¥1.00')
    expect(signedYuanText(0)).toBe('¥0.00')
  })
})
