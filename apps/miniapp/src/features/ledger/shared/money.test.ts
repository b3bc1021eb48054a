import { fenFromInput, percent, signedYuan, yuan } from './money'

describe('yuan', () => {
  it('shows fen as yuan with two decimals and a separator', () => {
    expect(yuan(123456)).toBe('¥1,234.56')
    expect(yuan(5)).toBe('¥0.05')
    expect(yuan(-250)).toBe('-¥2.50')
    expect(signedYuan(100)).toBe('+¥1.00')
  })
})

describe('fenFromInput', () => {
  it('reads yuan as typed into integer fen without floats', () => {
    expect(fenFromInput('1280')).toBe(128000)
    expect(fenFromInput('0.1')).toBe(10)
    expect(fenFromInput('1,280.55')).toBe(128055)
  })

  it('refuses amounts that are not clean or not positive', () => {
    expect(fenFromInput('12.345')).toBeUndefined()
    expect(fenFromInput('0')).toBeUndefined()
    expect(fenFromInput('-5')).toBeUndefined()
    expect(fenFromInput('abc')).toBeUndefined()
  })
})

describe('percent', () => {
  it('shows basis points as a percentage', () => {
    expect(percent(9876)).toBe('98.76%')
    expect(percent(10000)).toBe('100.00%')
  })
})
