import { formatArea } from './format'

describe('formatArea', () => {
  it('shows hundredths of m² with two decimals and thousands separators', () => {
    expect(formatArea(8935)).toBe('89.35 ㎡')
    expect(formatArea(1269180)).toBe('12,691.80 ㎡')
    expect(formatArea(5)).toBe('0.05 ㎡')
  })
})
