import { maskUnitLabel, maskUnitsInText } from './mask-unit-label'

describe('maskUnitLabel', () => {
  it.each([
    ['3-2-502', '3栋*单元**室'],
    ['12-1-1803', '12栋*单元**室'],
    ['A-3-101', 'A栋*单元**室'],
    ['3-502', '3栋**室'],
    ['3栋2单元502室', '3栋*单元**室'],
    ['3号楼502', '3栋**室'],
    ['  3-2-502 ', '3栋*单元**室'],
    ['东区别墅', '***'],
    ['', '***'],
  ])('%p → %p', (label, masked) => {
    expect(maskUnitLabel(label)).toBe(masked)
  })

  it('does not reveal how many digits the room has', () => {
    expect(maskUnitLabel('3-2-502')).toBe(maskUnitLabel('3-2-1502'))
  })
})

describe('maskUnitsInText', () => {
  it('masks units written into a sentence and leaves buildings, counts and dates alone', () => {
    expect(maskUnitsInText('3栋2单元502室漏水已修；5号楼1203住户投诉噪声')).toBe(
      '3栋*单元**室漏水已修；5栋**室住户投诉噪声',
    )
    expect(maskUnitsInText('完成 3 号楼电梯维保，共 12 次，2025年10月')).toBe(
      '完成 3 号楼电梯维保，共 12 次，2025年10月',
    )
    expect(maskUnitsInText('3号楼电梯')).toBe('3号楼电梯')
  })
})
