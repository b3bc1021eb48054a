import { byZh, byZhNumeric } from './collate'

describe('Chinese orderings', () => {
  it('puts numbers in number order, as people count floors and buildings', () => {
    expect(['10幢', '2幢', '1幢'].sort(byZhNumeric)).toEqual(['1幢', '2幢', '10幢'])
    expect(['2-1-1001', '2-1-101', '2-1-301'].sort(byZhNumeric)).toEqual(['2-1-101', '2-1-301', '2-1-1001'])
  })
  it('orders names by pinyin, as localeCompare with zh-CN did', () => {
    const names = ['朝晖街道', '和谐家园', '阳光花园', '安居小区']
    expect([...names].sort(byZh)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect([...names].sort(byZh)[0]).toBe('安居小区')
  })
})
