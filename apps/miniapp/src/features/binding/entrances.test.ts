import type { Unit } from '@jiayuan/contracts'
import { entrancesOf } from './entrances'

const unit = (label: string): Unit => ({
  unitId: `u-${label}`,
  buildingId: 'b2',
  label,
  kind: 'residential',
  status: 'owned',
  area: 8935,
  areaSource: 'registered',
})

describe('entrancesOf', () => {
  it('groups building-entrance-room labels by entrance', () => {
    const groups = entrancesOf(['2-1-101', '2-2-602', '2-1-102'].map(unit))
    expect([...(groups?.keys() ?? [])]).toEqual(['1', '2'])
    expect(groups?.get('1')?.map((u) => u.label)).toEqual(['2-1-101', '2-1-102'])
  })

  it('does not group a building with one entrance', () => {
    expect(entrancesOf(['1-1-101', '1-1-102'].map(unit))).toBeUndefined()
  })

  it('does not group when a label has another form', () => {
    expect(entrancesOf(['2-1-101', '商铺3'].map(unit))).toBeUndefined()
  })
})
