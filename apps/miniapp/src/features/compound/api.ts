import { compound } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)

export const loadGrids = (compoundId: string) =>
  call(compound.listGrids, { params: { compoundId } }).then((r) => r.grids)

export const loadUnits = (compoundId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: {} }).then((r) => r.units)
