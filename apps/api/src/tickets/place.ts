import type { TicketLocation } from '@jiayuan/contracts'
import { getBuilding, readRoll, routingGrids, unitForPlace, type Db } from '@jiayuan/db'
import { InvalidInput, hasPublicPart } from '@jiayuan/domain'

export interface Place {
  /** The grid covering the building; absent for public areas and buildings no grid covers (→ dispatch). */
  gridId?: string
  unitLabel?: string
}

/** Checks the place against the roll and finds the grid whose pool gets the ticket (DOMAIN T3). */
export async function resolvePlace(db: Db, compoundId: string, location: TicketLocation): Promise<Place> {
  if (location.kind === 'public') return {}
  // The grids do not depend on the place: read alongside it, one round instead of two. Both come from this
  // instance's warm copies when it has them (a grid saved here is seen at once; elsewhere within 5 s).
  const grids = routingGrids(db, compoundId)
  grids.catch(() => undefined)
  let buildingId: string
  let unitLabel: string | undefined
  if (location.kind === 'unit') {
    const unit = await unitForPlace(db, compoundId, location.unitId)
    if (!unit) throw unknown('body.location.unitId', '小区里没有这套房屋')
    buildingId = unit.buildingId
    unitLabel = unit.label
  } else {
    if (!(await getBuilding(db, compoundId, location.buildingId)))
      throw unknown('body.location.buildingId', '小区里没有这栋楼')
    if (location.entrance !== undefined || location.floor !== undefined) {
      const labels = (await readRoll(db, compoundId)).units
        .filter((u) => u.buildingId === location.buildingId)
        .map((u) => u.label)
      if (!hasPublicPart(labels, location)) throw unknown('body.location.entrance', '这栋楼没有这个单元或楼层')
    }
    buildingId = location.buildingId
  }
  const grid = (await grids).find((g) => g.buildingIds.includes(buildingId))
  return { ...(grid ? { gridId: grid.gridId } : {}), ...(unitLabel === undefined ? {} : { unitLabel }) }
}

function unknown(field: string, message: string): InvalidInput {
  return new InvalidInput(`${field}: ${message}`, [{ field, message }])
}
