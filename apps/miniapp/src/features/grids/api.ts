import { compound } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadGridSetup = (compoundId: string) =>
  Promise.all([
    call(compound.listGrids, { params: { compoundId } }),
    call(compound.listBuildings, { params: { compoundId } }),
    call(compound.listMembers, { params: { compoundId } }),
  ]).then(([g, b, m]) => ({ grids: g.grids, buildings: b.buildings, members: m.members }))

export const saveGrid = (compoundId: string, gridId: string, name: string, buildingIds: string[]) =>
  call(compound.putGrid, { params: { compoundId, gridId }, body: { name, buildingIds } })
