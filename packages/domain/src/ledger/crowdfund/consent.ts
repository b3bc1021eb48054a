import type { ProjectScope } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { passedFinal, type Authority, type AuthorityMeeting } from '../expenses/assembly-authority'

/** 改建、重建建筑物及其附属设施: the matter of a lift (加装电梯) or any other improvement built for a scope (V14). */
export const CONSENT_MATTER = 7

/** The meeting as the consent check reads it: its frozen scope (V14) besides its sealed results. */
export interface ConsentMeeting extends AuthorityMeeting {
  scope?: { kind: string; buildingId?: string; entrance?: string }
  scopeUnitIds?: readonly string[]
}

const sameScope = (a: ProjectScope, b: ConsentMeeting['scope']) =>
  !!b &&
  a.kind === b.kind &&
  (a.kind === 'compound' || (a.buildingId === b.buildingId && (a.kind !== 'entrance' || a.entrance === b.entrance)))

/**
 * The owners' consent a crowdfunded project needs (DOMAIN F13, V14): a type-7 motion (改建, e.g. 加装电梯) with
 * a final, passed result, of a vote whose scope is exactly the project's building or entrance. Its frozen
 * scope (`scopeUnitIds`) is the set of households the cost is shared over. Refused naming `body.motionId`.
 */
export function projectConsent(
  meeting: ConsentMeeting | undefined,
  motionId: string,
  scope: ProjectScope,
): Authority & { scopeUnitIds: readonly string[] } {
  const refuse = (code: string, why: string) =>
    new RuleViolation(code, `这项表决不能作为本项目的业主同意：${why}`, { field: 'body.motionId' })
  if (!meeting) throw refuse('MotionNotFound', '本小区没有这次业主大会')
  if (scope.kind === 'compound')
    throw new RuleViolation('ProjectScopeCompound', '众筹项目的范围须是一栋楼或一个单元', { field: 'body.scope' })
  const a = passedFinal(
    meeting,
    motionId,
    [CONSENT_MATTER],
    '只有第 7 类（改建、重建建筑物及其附属设施）表决可同意众筹项目',
  )
  if (a instanceof RuleViolation)
    throw new RuleViolation(a.code, a.message.replace('这项表决不能授权这笔支出', '这项表决不能作为本项目的业主同意'), {
      field: 'body.motionId',
    })
  if (!sameScope(scope, meeting.scope) || !meeting.scopeUnitIds)
    throw refuse('MotionScopeMismatch', `这是${meeting.scopeText ?? '全小区'}业主的表决，与项目范围不符`)
  return { ...a, scopeUnitIds: meeting.scopeUnitIds }
}
