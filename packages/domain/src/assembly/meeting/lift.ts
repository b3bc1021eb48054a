import type { AffectedOwner, MeetingScope, MotionDraft } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { invalidField } from '../../bulletins/invalid'

/** 加装电梯 is a rebuilding of the building (Art. 278 type 7), so 2/3 take part and 3/4 of them agree (V1, V14). */
export const LIFT_MATTER_TYPE = 7

/**
 * DOMAIN V14: a lift is voted by the owners of the building or entrance it serves, never by the whole compound,
 * and only as a type 7 matter (its thresholds follow from the type, never typed in). Refused naming the field.
 */
export function checkTemplates(scope: MeetingScope, motions: readonly MotionDraft[]): void {
  for (const [i, m] of motions.entries()) {
    if (m.template !== 'lift') continue
    if (m.matterType !== LIFT_MATTER_TYPE)
      throw invalidField(`body.motions.${i}.matterType`, '加装电梯须按第 7 类（改建、重建建筑物及其附属设施）表决')
    if (scope.kind === 'compound')
      throw invalidField('body.scope', '加装电梯由本栋楼或本单元的业主表决，请选择楼栋或单元')
  }
}

/**
 * The affected owners of a lift motion (V14): each a unit of the scope, listed once. `scopeUnitIds` are the
 * scope's units; a unit outside it is refused naming its row.
 */
export function checkAffected(
  motion: Pick<MotionDraft, 'template'>,
  affected: readonly AffectedOwner[],
  scope: { text: string; unitIds?: readonly string[] },
): void {
  if (motion.template !== 'lift')
    throw new RuleViolation('NotLiftMotion', '只有加装电梯的议题需要登记受影响业主', { field: 'params.motionId' })
  const seen = new Set<string>()
  for (const [i, a] of affected.entries()) {
    const field = `body.affected.${i}.unitId`
    if (scope.unitIds && !scope.unitIds.includes(a.unitId))
      throw invalidField(field, `这套房屋不在本次表决范围（${scope.text}）内`)
    if (seen.has(a.unitId)) throw invalidField(field, '同一套房屋只能登记一次')
    seen.add(a.unitId)
  }
}
