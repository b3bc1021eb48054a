import { maskName } from './mask-name'

describe('maskName', () => {
  it.each([
    ['张伟', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    [' 王小明 ', '王**'],
    ['𠮷野家', '𠮷**'],
    ['', ''],
  ])('%p → %p', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
