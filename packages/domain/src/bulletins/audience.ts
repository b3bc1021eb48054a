import type { Role } from '@jiayuan/contracts'

/** People a notice is for: those who live there (residents, owners), not those who only work there. */
export function livesThere(roles: readonly Role[]): boolean {
  return roles.includes('resident') || roles.includes('owner')
}

/**
 * Whether a notice reaches a member: a resident or owner, and, for a building or an entrance, one holding a unit
 * in it. The scope's units were fixed when it was posted (`scopeUnitIds`); a member's units are those on their
 * membership, so a tenant whose membership names no unit hears only of notices for the whole compound.
 */
export function reaches(
  bulletin: { scopeUnitIds?: readonly string[] },
  member: { roles: readonly Role[]; unitIds: readonly string[] },
): boolean {
  if (!livesThere(member.roles)) return false
  const scope = bulletin.scopeUnitIds
  return scope === undefined || member.unitIds.some((u) => scope.includes(u))
}
