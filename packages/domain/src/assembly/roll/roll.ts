import type { Owner, Ownership, SubjectUnit, Unit, VotingRoll, VotingSubject } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { assertExact } from '../counting/exact'
import { byCodeUnit } from '../order'

export interface RollOptions {
  /** Compound setting, off by default (DOMAIN V3). Off: a parking unit's area is 0 but its owner still a head. */
  parkingAreaCounts: boolean
}

function inconsistent(message: string, details: unknown): RuleViolation {
  return new RuleViolation('RollInconsistent', message, details)
}

/** The one link whose owner casts for the unit; a sole owner is the voter whatever the flag says. */
function voterOf(unit: Unit, links: readonly Ownership[]): Ownership {
  const only = links.length === 1 ? links[0] : undefined
  if (only) return only
  const voters = links.filter((l) => l.isVoter)
  const voter = voters[0]
  if (!voter || voters.length > 1) {
    throw inconsistent(`房屋 ${unit.label} 须有且只有一名投票人`, { unitId: unit.unitId, voters: voters.length })
  }
  return voter
}

/**
 * The developer's one head is cast by one of its owner records: the first by id among those linked to its
 * units, else among all developer owners on the roll, so the choice is the same on every rebuild.
 */
function developerVoterId(owners: readonly Owner[], linkedIds: ReadonlySet<string>): string {
  const developers = owners.filter((o) => o.isDeveloper).map((o) => o.ownerId)
  const linked = developers.filter((id) => linkedIds.has(id))
  const chosen = (linked.length > 0 ? linked : developers).sort()[0]
  if (chosen === undefined) throw inconsistent('名册中有开发商房屋，但没有标记为开发商的业主', {})
  return chosen
}

/**
 * Voting subjects from the roll (DOMAIN V3): one person is one head with all their units' area summed; all
 * units still held by the developer (unsold, undelivered, or owned by a developer owner) are together one head;
 * co-owners count once, through their named voter, so a subject is keyed by the voter's ownerId.
 */
export function buildVotingRoll(
  units: readonly Unit[],
  owners: readonly Owner[],
  ownerships: readonly Ownership[],
  options: RollOptions,
): VotingRoll {
  const ownerById = new Map(owners.map((o) => [o.ownerId, o]))
  const linksByUnit = new Map<string, Ownership[]>()
  for (const link of ownerships) {
    if (!ownerById.has(link.ownerId)) throw inconsistent('产权记录指向不存在的业主', link)
    linksByUnit.set(link.unitId, [...(linksByUnit.get(link.unitId) ?? []), link])
  }
  const unitIds = new Set(units.map((u) => u.unitId))
  for (const unitId of linksByUnit.keys()) {
    if (!unitIds.has(unitId)) throw inconsistent('产权记录指向不存在的房屋', { unitId })
  }
  if (unitIds.size !== units.length) throw inconsistent('名册中房屋编号重复', {})

  const unitsBySubject = new Map<string, SubjectUnit[]>()
  const developerUnits: SubjectUnit[] = []
  const developerLinked = new Set<string>()
  for (const unit of units) {
    const links = linksByUnit.get(unit.unitId) ?? []
    const entry: SubjectUnit = {
      unitId: unit.unitId,
      area: assertExact(unit.area, `房屋 ${unit.label} 的面积`),
      areaCounts: unit.kind !== 'parking' || options.parkingAreaCounts,
    }
    const developerHeld = unit.status !== 'owned' || links.some((l) => ownerById.get(l.ownerId)?.isDeveloper === true)
    if (developerHeld) {
      // An undelivered unit may already list its buyer; it still counts with the developer (SPC 2020 Art. 9).
      developerUnits.push(entry)
      for (const l of links) if (ownerById.get(l.ownerId)?.isDeveloper) developerLinked.add(l.ownerId)
      continue
    }
    if (links.length === 0) throw inconsistent(`房屋 ${unit.label} 没有业主`, { unitId: unit.unitId })
    const voterId = voterOf(unit, links).ownerId
    unitsBySubject.set(voterId, [...(unitsBySubject.get(voterId) ?? []), entry])
  }

  const subjects: VotingSubject[] = [...unitsBySubject].map(([subjectId, held]) => subject(subjectId, 'owner', held))
  if (developerUnits.length > 0) {
    subjects.push(subject(developerVoterId(owners, developerLinked), 'developer', developerUnits))
  }
  subjects.sort((a, b) => byCodeUnit(a.subjectId, b.subjectId))
  return { parkingAreaCounts: options.parkingAreaCounts, subjects }
}

function subject(subjectId: string, kind: VotingSubject['kind'], held: SubjectUnit[]): VotingSubject {
  const units = [...held].sort((a, b) => byCodeUnit(a.unitId, b.unitId))
  const area = units.reduce((sum, u) => sum + (u.areaCounts ? u.area : 0), 0)
  return { subjectId, kind, area: assertExact(area, `${subjectId} 的面积合计`), units }
}

/** The denominators of every vote on this roll (DOMAIN V1). */
export function rollTotals(roll: VotingRoll): { totalArea: number; totalHeads: number } {
  const totalArea = roll.subjects.reduce((sum, s) => sum + s.area, 0)
  return { totalArea: assertExact(totalArea, '总面积'), totalHeads: roll.subjects.length }
}
