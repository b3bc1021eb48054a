import { placeText, publicPlaceText } from './place-text'

const names = new Map([['b2', '2号楼']])

describe('placeText', () => {
  it('names a unit by its roll label, a building by its name and a public area as given', () => {
    expect(placeText({ location: { kind: 'unit', unitId: 'b2-1-201' }, unitLabel: '2-1-201' }, names)).toBe('2-1-201')
    expect(placeText({ location: { kind: 'building', buildingId: 'b2' } }, names)).toBe('2号楼 公共部位')
    expect(placeText({ location: { kind: 'public', name: '东门花坛' } }, names)).toBe('东门花坛')
  })

  it('shows a unit on the board only masked', () => {
    expect(publicPlaceText({ location: { kind: 'unit', maskedLabel: '2栋*单元**室' } }, names)).toBe('2栋*单元**室')
  })
})
