import type { Grid } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'

/**
 * A grid may cover only buildings of the roll, and a building belongs to at most one grid (so a report in it
 * goes to exactly one grid's workers, DOMAIN T3). Moving a building means taking it out of its grid first.
 */
export function checkGridAssignment(
  grid: Grid,
  others: readonly Grid[],
  buildings: ReadonlyArray<{ buildingId: string; name: string }>,
): void {
  const unknown = grid.buildingIds.filter((id) => !buildings.some((b) => b.buildingId === id))
  if (unknown.length) {
    throw new RuleViolation('UnknownBuilding', `楼栋不存在：${unknown.join(', ')}`, { field: 'body.buildingIds' })
  }
  if (new Set(grid.buildingIds).size !== grid.buildingIds.length) {
    throw new RuleViolation('DuplicateBuilding', '同一楼栋选了两次', { field: 'body.buildingIds' })
  }
  for (const other of others) {
    if (other.gridId === grid.gridId) continue
    const taken = grid.buildingIds.find((id) => other.buildingIds.includes(id))
    if (taken) {
      const name = buildings.find((b) => b.buildingId === taken)?.name ?? taken
      throw new RuleViolation('BuildingInOtherGrid', `${name}已属于网格「${other.name}」，请先从该网格移出`, {
        field: 'body.buildingIds',
        buildingId: taken,
        gridId: other.gridId,
      })
    }
  }
  const sameName = others.find((o) => o.gridId !== grid.gridId && o.name === grid.name)
  if (sameName) throw new RuleViolation('GridNameTaken', `已有名为「${grid.name}」的网格`, { field: 'body.name' })
}

/** Buildings no grid covers: their reports go to property staff directly (flagged on 小区概况). */
export function buildingsWithoutGrid<B extends { buildingId: string }>(
  buildings: readonly B[],
  grids: readonly Grid[],
): B[] {
  const covered = new Set(grids.flatMap((g) => g.buildingIds))
  return buildings.filter((b) => !covered.has(b.buildingId))
}
