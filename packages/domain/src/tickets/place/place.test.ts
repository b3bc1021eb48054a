import { floorOfRoom, hasPublicPart, placeTree, publicPartText, searchUnits, unitPlace } from './place'

/** A 30-floor tower, 2 entrances, 8 rooms a floor: 480 units. */
const tower = [1, 2].flatMap((e) =>
  Array.from({ length: 30 }, (_, f) =>
    Array.from({ length: 8 }, (_, r) => ({ label: `3-${e}-${f + 1}${String(r + 1).padStart(2, '0')}` })),
  ).flat(),
)

describe('unitPlace', () => {
  it('reads entrance and room, and the floor from the room number', () => {
    expect(unitPlace('3-1-502')).toEqual({ entrance: '1', room: '502', floor: 5 })
    expect(unitPlace('3-2-1203')).toEqual({ entrance: '2', room: '1203', floor: 12 })
    expect(unitPlace('3-502')).toEqual({ room: '502', floor: 5 })
  })

  it('tells no floor where the number does not say it', () => {
    expect(floorOfRoom('12')).toBeUndefined()
    expect(floorOfRoom('B101')).toBeUndefined()
    expect(floorOfRoom('012')).toBeUndefined()
    expect(unitPlace('商铺')).toEqual({ room: '商铺' })
  })
})

describe('placeTree', () => {
  it('walks a 30-floor tower as entrances, then 30 floors, then the 8 rooms of one floor', () => {
    const tree = placeTree(tower)
    expect(tree.map((e) => e.entrance)).toEqual(['1', '2'])
    const floors = tree[0]?.floors ?? []
    expect(floors.map((f) => f.floor)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(floors[29]?.units.map((u) => u.label)).toEqual([
      '3-1-3001',
      '3-1-3002',
      '3-1-3003',
      '3-1-3004',
      '3-1-3005',
      '3-1-3006',
      '3-1-3007',
      '3-1-3008',
    ])
  })

  it('puts rooms without a floor last, in a group of their own', () => {
    const tree = placeTree([{ label: '1-商铺' }, { label: '1-201' }, { label: '1-101' }])
    expect(tree).toEqual([
      {
        floors: [
          { floor: 1, units: [{ label: '1-101' }] },
          { floor: 2, units: [{ label: '1-201' }] },
          { units: [{ label: '1-商铺' }] },
        ],
      },
    ])
  })
})

describe('searchUnits', () => {
  it.each([
    ['1-502', ['3-1-502']],
    ['3栋1单元502', ['3-1-502']],
    ['3 2 502', ['3-2-502']],
    ['2单元3008', ['3-2-3008']],
  ])('finds %s', (q, labels) => {
    expect(searchUnits(q, tower).map((u) => u.label)).toEqual(labels)
  })

  it('finds nothing for words, and lists at most the limit', () => {
    expect(searchUnits('楼道', tower)).toEqual([])
    expect(searchUnits('3', tower, 5)).toHaveLength(5)
  })
})

describe('public parts', () => {
  it('keep the precision they were chosen with', () => {
    expect(publicPartText('2号楼', {})).toBe('2号楼 公共部位')
    expect(publicPartText('2号楼', { entrance: '1' })).toBe('2号楼 1单元 楼道')
    expect(publicPartText('2号楼', { entrance: '1', floor: 5 })).toBe('2号楼 1单元 5层 楼道')
  })

  it('exist only where the building has such an entrance and floor', () => {
    const labels = tower.map((u) => u.label)
    expect(hasPublicPart(labels, { entrance: '2', floor: 30 })).toBe(true)
    expect(hasPublicPart(labels, { entrance: '3' })).toBe(false)
    expect(hasPublicPart(labels, { entrance: '1', floor: 31 })).toBe(false)
    expect(hasPublicPart([], {})).toBe(true)
  })
})
