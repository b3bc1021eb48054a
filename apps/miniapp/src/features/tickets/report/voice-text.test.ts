import { appendSpoken } from './voice-text'

describe('appendSpoken', () => {
  it.each([
    ['', '楼道灯不亮', '楼道灯不亮'],
    ['2单元三楼', '楼道灯不亮', '2单元三楼，楼道灯不亮'],
    ['2单元三楼。', '楼道灯不亮', '2单元三楼。楼道灯不亮'],
    ['2单元三楼，  ', '  楼道灯不亮 ', '2单元三楼，楼道灯不亮'],
    ['已写好', '   ', '已写好'],
  ])('%j + %j → %j', (before, heard, expected) => {
    expect(appendSpoken(before, heard, 500)).toBe(expected)
  })

  it('never passes the field limit', () => {
    expect(appendSpoken('一二三', '四五六七', 5)).toBe('一二三，四')
  })
})
