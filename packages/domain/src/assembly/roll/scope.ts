import type { MeetingScope, Roll } from '@jiayuan/contracts'
import { Forbidden } from '../../errors'
import { resolveScope, type ResolvedScope } from '../../bulletins/scope'

/**
 * DOMAIN V14: the part of the roll a vote counts. For a building or an entrance, only its units and the
 * ownerships of those units are kept, so `buildVotingRoll` makes heads (V3) and areas (V2/V4) of the scope
 * alone: an owner of units inside and outside counts once with the area inside; an owner with none inside is on
 * no subject. The whole compound keeps the roll as it is. The units in the scope are returned too: stored on the
 * meeting, they are what `inScope` checks a person against (vote, proxy, "not yours").
 */
export function scopeRoll(scope: MeetingScope, roll: Roll): { roll: Roll; scope: ResolvedScope } {
  const resolved = resolveScope(scope, roll)
  const ids = resolved.unitIds
  if (!ids) return { roll, scope: resolved }
  const kept = new Set(ids)
  return {
    roll: {
      ...roll,
      units: roll.units.filter((u) => kept.has(u.unitId)),
      ownerships: roll.ownerships.filter((o) => kept.has(o.unitId)),
    },
    scope: resolved,
  }
}

/** Whether someone holding `unitIds` belongs to a meeting whose scope is `scopeUnitIds` (absent: everyone). */
export function inScope(scopeUnitIds: readonly string[] | undefined, unitIds: readonly string[]): boolean {
  return scopeUnitIds === undefined || unitIds.some((u) => scopeUnitIds.includes(u))
}

/** The 403 an owner outside a scoped vote gets, voting or being represented (V14). */
export function notInScope(scopeText: string, who: 'self' | 'principal' = 'self'): Forbidden {
  return new Forbidden(
    who === 'self'
      ? `本次表决只由${scopeText}的业主参加，您登记的房屋不在${scopeText}，不能投票`
      : `本次表决只由${scopeText}的业主参加，委托人的房屋不在${scopeText}，不能委托投票`,
  )
}
