import type { CommitteeTerm, Membership, Role } from '@jiayuan/contracts'
import { Forbidden, InvalidInput, RuleViolation } from '../errors'
import { isCalendarDate } from '../time/calendar'

/**
 * The roles a membership gives today. The committee role lapses outside its term (DOMAIN G1: it comes from an
 * election or a filing, for a term); a committee role with no recorded term predates this rule and is kept.
 */
export function effectiveRoles(m: Pick<Membership, 'roles' | 'committee'>, today: string): Role[] {
  const term = m.committee
  if (!term || !m.roles.includes('committee_member')) return m.roles
  const inTerm = term.termStart <= today && today <= term.termEnd
  return inTerm ? m.roles : m.roles.filter((r) => r !== 'committee_member')
}

/** Nobody changes their own roles: an admin cannot raise or lower themselves. */
export function assertNotSelf(actorId: string, subjectId: string): void {
  if (actorId === subjectId) throw new Forbidden('不能修改自己的角色，请另一位社区管理员操作')
}

/**
 * The membership after an admin sets roles. `owner` stays exactly as bindings made it (DOMAIN V13); the
 * committee role is never granted here (DOMAIN G1: only an election result or a filing), only kept or removed;
 * a grid worker needs at least one grid.
 */
export function planRoleChange(
  current: Membership,
  requested: { roles: readonly Role[]; gridIds: readonly string[] },
  knownGridIds: readonly string[],
): Membership {
  const wanted = new Set<Role>(requested.roles.filter((r) => r !== 'owner'))
  if (wanted.has('committee_member') && !current.roles.includes('committee_member')) {
    throw new RuleViolation(
      'CommitteeNeedsElectionOrFiling',
      '业委会委员只能由选举结果（表决通过的第 3 类事项）或街道备案产生，请在“业委会”中登记',
    )
  }
  if (current.roles.includes('owner')) wanted.add('owner')
  const gridIds = wanted.has('grid_worker') ? [...new Set(requested.gridIds)] : []
  if (wanted.has('grid_worker') && gridIds.length === 0) {
    throw new InvalidInput('gridIds: 网格员至少负责一个网格', [{ field: 'gridIds', message: '网格员至少负责一个网格' }])
  }
  const unknown = gridIds.filter((g) => !knownGridIds.includes(g))
  if (unknown.length) {
    throw new InvalidInput(`gridIds: 没有这个网格：${unknown.join('、')}`, [
      { field: 'gridIds', message: `没有这个网格：${unknown.join('、')}` },
    ])
  }
  const roles = ROLE_ORDER.filter((r) => wanted.has(r))
  const { committee, ...rest } = current
  return { ...rest, roles, gridIds, ...(roles.includes('committee_member') && committee ? { committee } : {}) }
}

const ROLE_ORDER: readonly Role[] = [
  'resident',
  'owner',
  'grid_worker',
  'property_staff',
  'committee_member',
  'community_admin',
]

/** Roles that went away in a change: removing any needs a reason, which the route already requires. */
export const removedRoles = (before: readonly Role[], after: readonly Role[]): Role[] =>
  before.filter((r) => !after.includes(r))

/**
 * A committee term as recorded (DOMAIN G1). 《业主大会和业主委员会指导规则》第三十一条: a committee's term is
 * at most five years; a term already over cannot be recorded.
 */
export function checkCommitteeTerm(term: Pick<CommitteeTerm, 'termStart' | 'termEnd'>, today: string): void {
  const issue = (field: string, message: string) => new InvalidInput(`${field}: ${message}`, [{ field, message }])
  if (!isCalendarDate(term.termStart)) throw issue('termStart', '不是有效的日期')
  if (!isCalendarDate(term.termEnd)) throw issue('termEnd', '不是有效的日期')
  if (term.termEnd < term.termStart) throw issue('termEnd', '任期结束日期不能早于开始日期')
  if (term.termEnd < today) throw issue('termEnd', '任期已经结束，不能登记')
  const fiveYearsOn = `${Number(term.termStart.slice(0, 4)) + 5}${term.termStart.slice(4)}`
  if (term.termEnd > fiveYearsOn) throw issue('termEnd', '业委会每届任期不超过五年')
}

/** The membership once the committee role is granted with its source and term; other roles stay. */
export function grantCommittee(current: Membership, term: CommitteeTerm): Membership {
  const wanted = new Set<Role>([...current.roles, 'committee_member'])
  return { ...current, roles: ROLE_ORDER.filter((r) => wanted.has(r)), committee: term }
}
