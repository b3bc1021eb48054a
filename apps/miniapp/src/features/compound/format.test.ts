import { formatArea, formatFen } from './format'

describe('formatArea', () => {
  it('shows hundredths of m² with two decimals and thousands separators', () => {
    expect(formatArea(8935)).toBe('89.35 ㎡')
    expect(formatArea(1269180)).toBe('12,691.80 ㎡')
    expect(formatArea(5)).toBe('0.05 ㎡')
  })
})

describe('formatFen', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(250)).toBe('2.50 元')
    expect(formatFen(30240)).toBe('302.40 元')
    expect(formatFen(-105)).toBe('-1.05 元')
  })
})
