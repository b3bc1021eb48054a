import { fenFromInput } from './money'

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
