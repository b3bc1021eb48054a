import type { Owner, Ownership, Unit, UnitStatus } from '@jiayuan/contracts'

/** Test-only shorthand for a roll: one line per unit. Areas are hundredths of m², as on the real roll. */
export interface UnitSpec {
  id: string
  area: number
  /** Owner ids; with several, the first is the named voter unless `voter` says otherwise. */
  owners: string[]
  voter?: string
  status?: UnitStatus
  kind?: Unit['kind']
}

export interface RollInput {
  units: Unit[]
  owners: Owner[]
  ownerships: Ownership[]
}

export function rollInput(specs: readonly UnitSpec[], developerIds: readonly string[] = []): RollInput {
  const ownerIds = [...new Set(specs.flatMap((s) => s.owners))]
  return {
    units: specs.map((s) => ({
      unitId: s.id,
      buildingId: 'b1',
      label: s.id,
      kind: s.kind ?? 'residential',
      status: s.status ?? 'owned',
      area: s.area,
      areaSource: 'registered',
    })),
    owners: ownerIds.map((ownerId) => ({
      ownerId,
      kind: developerIds.includes(ownerId) ? 'organisation' : 'person',
      name: ownerId,
      isDeveloper: developerIds.includes(ownerId),
    })),
    ownerships: specs.flatMap((s) =>
      s.owners.map((ownerId) => ({ unitId: s.id, ownerId, isVoter: ownerId === (s.voter ?? s.owners[0]) })),
    ),
  }
}

/** Owners `o1…on`, one unit each of `area`. */
export function equalRoll(heads: number, area = 10_000): UnitSpec[] {
  return Array.from({ length: heads }, (_, i) => ({ id: `u${i + 1}`, area, owners: [`o${i + 1}`] }))
}
