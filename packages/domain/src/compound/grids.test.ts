import { buildingsWithoutGrid, checkGridAssignment } from './grids'

const buildings = [
  { buildingId: 'b1', name: '1号楼' },
  { buildingId: 'b2', name: '2号楼' },
  { buildingId: 'b3', name: '3号楼' },
]
const gridA = { gridId: 'a', name: '第一网格', buildingIds: ['b1', 'b2'] }

describe('checkGridAssignment', () => {
  it('lets a grid take buildings no other grid has, and keep its own', () => {
    expect(() =>
      checkGridAssignment({ gridId: 'b', name: '第二网格', buildingIds: ['b3'] }, [gridA], buildings),
    ).not.toThrow()
    expect(() =>
      checkGridAssignment({ ...gridA, name: '东区网格', buildingIds: ['b1'] }, [gridA], buildings),
    ).not.toThrow()
  })

  it('refuses a building already in another grid, naming both', () => {
    expect(() =>
      checkGridAssignment({ gridId: 'b', name: '第二网格', buildingIds: ['b2', 'b3'] }, [gridA], buildings),
    ).toThrow('2号楼已属于网格「第一网格」')
  })

  it('refuses unknown buildings, a building twice and a name another grid has', () => {
    expect(() => checkGridAssignment({ gridId: 'b', name: 'x', buildingIds: ['b9'] }, [gridA], buildings)).toThrow(
      '楼栋不存在',
    )
    expect(() => checkGridAssignment({ gridId: 'b', name: 'x', buildingIds: ['b3', 'b3'] }, [], buildings)).toThrow(
      '两次',
    )
    expect(() => checkGridAssignment({ gridId: 'b', name: '第一网格', buildingIds: [] }, [gridA], buildings)).toThrow(
      '已有名为',
    )
  })
})

describe('buildingsWithoutGrid', () => {
  it('lists the buildings no grid covers', () => {
    expect(buildingsWithoutGrid(buildings, [gridA]).map((b) => b.buildingId)).toEqual(['b3'])
  })
})
