import { matchesUnitRef } from '../../assembly/roll/subject-search'
import { byZhNumeric } from '../../text/collate'

/**
 * Where a unit sits, read from its roll label `楼-单元-室` (`3-1-502`) or `楼-室` (`3-502`). The roll stores no
 * floor: it follows from the room number the way Chinese buildings number rooms, the digits before the last two
 * (502 → 5层, 1203 → 12层). A room number of one or two digits, or with letters, has no floor we can tell.
 */
export interface UnitPlace {
  entrance?: string
  room: string
  floor?: number
}

export function floorOfRoom(room: string): number | undefined {
  if (!/^\d{3,4}$/.test(room)) return undefined
  const floor = Math.floor(Number(room) / 100)
  return floor > 0 ? floor : undefined
}

export function unitPlace(label: string): UnitPlace {
  const parts = label.split('-')
  const room = parts[parts.length - 1] ?? label
  const entrance = parts.length === 3 ? parts[1] : undefined
  const floor = floorOfRoom(room)
  return { ...(entrance ? { entrance } : {}), room, ...(floor === undefined ? {} : { floor }) }
}

export interface FloorGroup<U> {
  /** Undefined for rooms whose floor cannot be told from the number (shops, 车位). */
  floor?: number
  units: U[]
}

export interface EntranceGroup<U> {
  /** Undefined when the building's labels have no entrance part. */
  entrance?: string
  floors: Array<FloorGroup<U>>
}

const byNumber = (a: string | number | undefined, b: string | number | undefined): number =>
  a === undefined ? 1 : b === undefined ? -1 : byZhNumeric(String(a), String(b))

/**
 * A building's units as the picker walks them: entrance → floor → rooms, so a 30-floor tower with 8 rooms a
 * floor is a row of floors and then the 8 rooms of one floor, never a grid of 240.
 */
export function placeTree<U extends { label: string }>(units: readonly U[]): Array<EntranceGroup<U>> {
  const entrances = new Map<string | undefined, Map<number | undefined, U[]>>()
  for (const unit of units) {
    const { entrance, floor } = unitPlace(unit.label)
    const floors = entrances.get(entrance) ?? new Map<number | undefined, U[]>()
    floors.set(floor, [...(floors.get(floor) ?? []), unit])
    entrances.set(entrance, floors)
  }
  return [...entrances.entries()]
    .sort(([a], [b]) => byNumber(a, b))
    .map(([entrance, floors]) => ({
      ...(entrance === undefined ? {} : { entrance }),
      floors: [...floors.entries()]
        .sort(([a], [b]) => byNumber(a, b))
        .map(([floor, list]) => ({
          ...(floor === undefined ? {} : { floor }),
          units: [...list].sort((x, y) => byNumber(x.label, y.label)),
        })),
    }))
}

/** The units whose label holds the typed numbers in order: `1-502` and `3栋1单元502` both find `3-1-502`. */
export function searchUnits<U extends { label: string }>(query: string, units: readonly U[], limit = 12): U[] {
  return units.filter((u) => matchesUnitRef(query, u.label)).slice(0, limit)
}

/** The shared part of a building, an entrance or a floor, as precise as it was chosen. */
export interface PublicPart {
  entrance?: string
  floor?: number
}

/** Whether the building has that entrance and floor, judged from its units' labels. */
export function hasPublicPart(labels: readonly string[], part: PublicPart): boolean {
  if (part.entrance === undefined && part.floor === undefined) return true
  return labels.some((label) => {
    const p = unitPlace(label)
    return (
      (part.entrance === undefined || p.entrance === part.entrance) &&
      (part.floor === undefined || p.floor === part.floor)
    )
  })
}

/** `2号楼 公共部位`, `2号楼 1单元 楼道`, `2号楼 1单元 5层 楼道`. */
export function publicPartText(buildingName: string, part: PublicPart): string {
  const within = [part.entrance ? `${part.entrance}单元` : '', part.floor === undefined ? '' : `${part.floor}层`]
  const where = within.filter(Boolean)
  return [buildingName, ...where, where.length ? '楼道' : '公共部位'].join(' ')
}
