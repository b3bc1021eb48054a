import { hundredthsText, percentText } from './ratio'

describe('ratios as text', () => {
  it('writes basis points as a percentage with two decimals', () => {
    expect(percentText(8750)).toBe('87.50%')
    expect(percentText(5)).toBe('0.05%')
    expect(percentText(10000)).toBe('100.00%')
  })

  it('writes a score kept ×100 with two decimals', () => {
    expect(hundredthsText(363)).toBe('3.63')
    expect(hundredthsText(400)).toBe('4.00')
  })

  it('says what the caller asks when there is nothing to rate', () => {
    expect(percentText(null)).toBe('—')
    expect(percentText(null, '暂无')).toBe('暂无')
    expect(hundredthsText(undefined, '')).toBe('')
  })
})
