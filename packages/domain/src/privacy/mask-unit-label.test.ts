import { maskUnitLabel } from './mask-unit-label'

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
