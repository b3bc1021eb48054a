import { areaText, formatArea, parseAreaCentiSqm } from './area'

describe('parseAreaCentiSqm', () => {
  it.each([
    ['89.35', 8935],
    ['120', 12000],
    ['75.5', 7550],
    [' 0.01 ', 1],
    ['1234567.99', 123456799],
  ])('reads %s as %i hundredths', (text, expected) => {
    expect(parseAreaCentiSqm(text)).toBe(expected)
  })

  it.each(['', 'abc', '89.355', '-1', '1e3', '89,35', '.5'])('refuses %p', (text) => {
    expect(parseAreaCentiSqm(text)).toBeUndefined()
  })

  it('round-trips through formatArea', () => {
    expect(formatArea(8935)).toBe('89.35')
    expect(formatArea(7)).toBe('0.07')
  })
})

describe('areaText', () => {
  it('shows hundredths of m² exactly, with thousands separators', () => {
    expect(areaText(1269180)).toBe('12,691.80 m²')
    expect(areaText(8935)).toBe('89.35 m²')
    expect(areaText(5)).toBe('0.05 m²')
  })
})
