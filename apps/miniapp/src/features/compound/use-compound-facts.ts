import { useRemote } from '../../hooks/use-remote'
import { loadBuildings, loadGrids, loadUnits } from './api'

/** Buildings (with unit counts and areas) and grids of a compound, reloaded when the compound changes. */
export function useBuildingsAndGrids(compoundId: string | undefined) {
  return useRemote(
    () =>
      compoundId
        ? Promise.all([loadBuildings(compoundId), loadGrids(compoundId)]).then(([buildings, grids]) => ({
            buildings,
            grids,
          }))
        : undefined,
    [compoundId],
  )
}

/** The units an owner holds, looked up by the ids on their membership. */
export function useUnitsOf(compoundId: string | undefined, unitIds: readonly string[]) {
  const key = unitIds.join(',')
  return useRemote(
    () =>
      compoundId && unitIds.length
        ? loadUnits(compoundId).then((units) => units.filter((u) => unitIds.includes(u.unitId)))
        : undefined,
    [compoundId, key],
  )
}
