import type { MeetingRules, Role } from '@jiayuan/contracts'
import { Conflict, Forbidden, RuleViolation, type DomainError } from '../../errors'
import { inScope, notInScope } from '../roll/scope'

/** Why someone cannot vote: the code the ballots page shows, and the named error a ballot is refused with. */
export interface VoterRefusal {
  code:
    | 'NotAnOwner'
    | 'NotInScope'
    | 'CountedOnGovernmentPlatform'
    | 'VotingNotOpen'
    | 'DeveloperUnit'
    | 'NotNamedVoter'
    | 'NotOnFrozenRoll'
  error: DomainError
}

const NOT_AN_OWNER = '只有经业委会认证的业主才能投票；租户可凭书面委托代为投票'

/**
 * Who may vote before the roll is looked at (DOMAIN V3, V12, V13, V14): an owner of record (the committee bound
 * their ownerId) holding a unit in the meeting's scope, in a meeting counted in the app whose roll is frozen.
 * The answer names the roll to look in.
 */
export function voterStanding(
  member: { roles: readonly Role[]; ownerId?: string; unitIds?: readonly string[] } | undefined,
  m: {
    rules?: Pick<MeetingRules, 'governmentPlatformUrl'>
    rollHash?: string
    scopeText?: string
    scopeUnitIds?: readonly string[]
  },
): { ownerId: string; rollHash: string } | VoterRefusal {
  const ownerId = member?.ownerId
  if (!member || !member.roles.includes('owner') || !ownerId)
    return { code: 'NotAnOwner', error: new Forbidden(NOT_AN_OWNER) }
  if (!inScope(m.scopeUnitIds, member.unitIds ?? []))
    return { code: 'NotInScope', error: notInScope(m.scopeText ?? '本次表决范围') }
  const url = m.rules?.governmentPlatformUrl
  if (url) return refused('CountedOnGovernmentPlatform', `本次表决须在政府平台进行：${url}`)
  if (!m.rollHash) return { code: 'VotingNotOpen', error: new Conflict('VotingNotOpen', '投票尚未开始') }
  return { ownerId, rollHash: m.rollHash }
}

/**
 * An owner whose ownerId is not a subject of the frozen roll, told why from who holds their units there (V3):
 * the developer's stock counts once for the developer; a co-owned unit votes through its named voter.
 */
export function offRollRefusal(
  ownerId: string,
  unitHolders: ReadonlyArray<{ subjectId: string; kind: 'owner' | 'developer' }>,
): VoterRefusal {
  const others = unitHolders.filter((h) => h.subjectId !== ownerId)
  if (others.some((h) => h.kind === 'developer'))
    return refused('DeveloperUnit', '这套房屋尚未交付或仍属开发商，由开发商统一计为一票')
  if (others.length > 0) {
    return refused(
      'NotNamedVoter',
      '共有的房屋由共有人推举的一位投票人投票，你不是登记的投票人；如需由你投票，请共有人到业委会变更投票人',
    )
  }
  return refused('NotOnFrozenRoll', '你不在本次表决开始时冻结的名册中')
}

function refused(
  code: 'CountedOnGovernmentPlatform' | 'DeveloperUnit' | 'NotNamedVoter' | 'NotOnFrozenRoll',
  reason: string,
): VoterRefusal {
  return { code, error: new RuleViolation(code, reason) }
}
