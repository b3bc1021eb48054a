import { compound, type BodyOf } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadBuildings = (compoundId: string) =>
  call(compound.listBuildings, { params: { compoundId } }).then((r) => r.buildings)

export const loadUnits = (compoundId: string, buildingId: string) =>
  call(compound.listUnits, { params: { compoundId }, query: { buildingId } }).then((r) => r.units)

export const submitBinding = (compoundId: string, body: BodyOf<typeof compound.requestBinding>) =>
  call(compound.requestBinding, { params: { compoundId }, body })

export const loadMyBindings = (compoundId: string) =>
  call(compound.myBindings, { params: { compoundId } }).then((r) => r.bindings)
