import { compound, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)

export const loadGrids = (compoundId: string) =>
  call(compound.listGrids, { params: { compoundId } }).then((r) => r.grids)

export const loadUnits = (compoundId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: {} }).then((r) => r.units)

export const loadUnitsOf = (compoundId: string, buildingId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: { buildingId } }).then((r) => r.units)

export const saveUnit = (compoundId: string, unitId: string, body: BodyOf<typeof compound.updateUnit>) =>
  call(compound.updateUnit, { params: { compoundId, unitId }, body })
