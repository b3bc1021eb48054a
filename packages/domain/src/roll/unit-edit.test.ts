import type { Unit } from '@jiayuan/contracts'
import { editUnit } from './unit-edit'

const unit: Unit = {
  unitId: 'u1',
  buildingId: 'b1',
  label: '1-1-101',
  kind: 'residential',
  status: 'owned',
  area: 8935,
  areaSource: 'registered',
  registeredArea: 8935,
  contractArea: 9000,
}
const keep = { kind: unit.kind, status: unit.status, registeredArea: 8935, surveyedArea: null, contractArea: 9000 }

describe('editUnit (DOMAIN V4)', () => {
  it('uses the registered area when there is one', () => {
    expect(editUnit(unit, { ...keep, surveyedArea: 8800 })).toMatchObject({ area: 8935, areaSource: 'registered' })
  })

  it('falls back to surveyed, then contract, and keeps which one', () => {
    expect(editUnit(unit, { ...keep, registeredArea: null, surveyedArea: 8800 })).toMatchObject({
      area: 8800,
      areaSource: 'surveyed',
    })
    const contract = editUnit(unit, { ...keep, registeredArea: null })
    expect(contract).toMatchObject({ area: 9000, areaSource: 'contract' })
    expect(contract).not.toHaveProperty('registeredArea')
  })

  it('changes kind and status and never the unit id, building or label', () => {
    const after = editUnit(unit, { ...keep, kind: 'parking', status: 'undelivered' })
    expect(after).toMatchObject({
      unitId: 'u1',
      buildingId: 'b1',
      label: '1-1-101',
      kind: 'parking',
      status: 'undelivered',
    })
  })

  it('refuses a unit without any area', () => {
    expect(() => editUnit(unit, { ...keep, registeredArea: null, contractArea: null })).toThrow('至少填写一种面积')
  })
})
