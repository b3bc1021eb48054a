import { compound } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadMembers = (compoundId: string) =>
  call(compound.listMembers, { params: { compoundId } }).then((r) => r.members)

export const loadGrids = (compoundId: string) =>
  call(compound.listGrids, { params: { compoundId } }).then((r) => r.grids)

export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)
