import { InvalidInput } from '../errors'
import { resolveScope, scopeChoices } from './scope'

const roll = {
  buildings: [
    { buildingId: 'b1', name: '1号楼' },
    { buildingId: 'b2', name: '2号楼' },
    { buildingId: 'b9', name: '9号楼' },
    { buildingId: 'shop', name: '沿街商铺' },
  ],
  units: [
    { unitId: 'b1-1-101', buildingId: 'b1', label: '1-1-101' },
    { unitId: 'b1-2-101', buildingId: 'b1', label: '1-2-101' },
    { unitId: 'b1-10-101', buildingId: 'b1', label: '1-10-101' },
    { unitId: 'b2-1-502', buildingId: 'b2', label: '2-1-502' },
    { unitId: 's-01', buildingId: 'shop', label: 'S-01' },
  ],
}

function refusal(run: () => unknown): { field?: string; message: string } {
  try {
    run()
  } catch (err) {
    if (!(err instanceof InvalidInput)) throw err
    const [issue] = err.details as Array<{ field: string; message: string }>
    return { message: err.message, ...(issue ? { field: issue.field } : {}) }
  }
  throw new Error('expected a refusal')
}

describe('scope choices', () => {
  it('lists each building with its entrances in number order; labels without one give none', () => {
    expect(scopeChoices(roll)).toEqual([
      { buildingId: 'b1', name: '1号楼', entrances: ['1', '2', '10'] },
      { buildingId: 'b2', name: '2号楼', entrances: ['1'] },
      { buildingId: 'b9', name: '9号楼', entrances: [] },
      { buildingId: 'shop', name: '沿街商铺', entrances: [] },
    ])
  })
})

describe('resolving a scope to the units it reaches', () => {
  it('the whole compound names no units', () => {
    expect(resolveScope({ kind: 'compound' }, roll)).toEqual({ text: '全小区' })
  })

  it('a building reaches all of its units', () => {
    expect(resolveScope({ kind: 'building', buildingId: 'b1' }, roll)).toEqual({
      text: '1号楼',
      unitIds: ['b1-1-101', 'b1-2-101', 'b1-10-101'],
    })
  })

  it('an entrance reaches only the units whose label names it', () => {
    expect(resolveScope({ kind: 'entrance', buildingId: 'b1', entrance: '1' }, roll)).toEqual({
      text: '1号楼 1单元',
      unitIds: ['b1-1-101'],
    })
  })

  it('refuses a building not on the roll, or with no units, naming the field', () => {
    expect(refusal(() => resolveScope({ kind: 'building', buildingId: 'b7' }, roll))).toEqual({
      field: 'body.scope.buildingId',
      message: 'body.scope.buildingId: 小区里没有这栋楼',
    })
    expect(refusal(() => resolveScope({ kind: 'building', buildingId: 'b9' }, roll)).field).toBe(
      'body.scope.buildingId',
    )
  })

  it('refuses an entrance the building does not have, naming the field', () => {
    expect(refusal(() => resolveScope({ kind: 'entrance', buildingId: 'b2', entrance: '2' }, roll))).toEqual({
      field: 'body.scope.entrance',
      message: 'body.scope.entrance: 2号楼没有2单元',
    })
  })
})
