import type { BulletinScope, BulletinScopes } from '@jiayuan/contracts'
import { unitPlace } from '../tickets/place/place'
import { invalidField } from './invalid'
import { byZhNumeric } from '../text/collate'

interface RollPart {
  buildings: ReadonlyArray<{ buildingId: string; name: string }>
  units: ReadonlyArray<{ unitId: string; buildingId: string; label: string }>
}

const byNumber = (a: string, b: string) => byZhNumeric(a, b)

/** The entrances (单元) of a building, read from its units' labels `楼-单元-室`, in number order. */
function entrancesOf(units: RollPart['units']): string[] {
  const found = new Set<string>()
  for (const unit of units) {
    const { entrance } = unitPlace(unit.label)
    if (entrance !== undefined) found.add(entrance)
  }
  return [...found].sort(byNumber)
}

/** What the scope picker offers: each building of the roll with the entrances its units name. */
export function scopeChoices(roll: RollPart): BulletinScopes['buildings'] {
  return roll.buildings.map((b) => ({
    buildingId: b.buildingId,
    name: b.name,
    entrances: entrancesOf(roll.units.filter((u) => u.buildingId === b.buildingId)),
  }))
}

export interface ResolvedScope {
  /** `全小区`, `2号楼`, `2号楼 1单元`. */
  text: string
  /** The units the notice reaches, frozen when it is posted; absent for the whole compound. */
  unitIds?: string[]
}

/**
 * Turns the chosen scope into the units it reaches on the roll as it is now, and the words residents see. A
 * building or entrance that is not on the roll, or has no units there, is refused naming the field: a notice
 * that would reach nobody is a mistake, not a notice.
 */
export function resolveScope(scope: BulletinScope, roll: RollPart): ResolvedScope {
  if (scope.kind === 'compound') return { text: '全小区' }
  const building = roll.buildings.find((b) => b.buildingId === scope.buildingId)
  if (!building) throw invalidField('body.scope.buildingId', '小区里没有这栋楼')
  const inBuilding = roll.units.filter((u) => u.buildingId === building.buildingId)
  if (scope.kind === 'building') {
    if (inBuilding.length === 0) throw invalidField('body.scope.buildingId', '这栋楼在名册上还没有房屋')
    return { text: building.name, unitIds: inBuilding.map((u) => u.unitId) }
  }
  const inEntrance = inBuilding.filter((u) => unitPlace(u.label).entrance === scope.entrance)
  if (inEntrance.length === 0) throw invalidField('body.scope.entrance', `${building.name}没有${scope.entrance}单元`)
  return { text: `${building.name} ${scope.entrance}单元`, unitIds: inEntrance.map((u) => u.unitId) }
}
