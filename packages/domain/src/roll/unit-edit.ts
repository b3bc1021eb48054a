import type { Unit, UnitUpdate } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'

/**
 * A unit corrected by hand. The area that counts for votes and bills is the registered figure, else the
 * surveyed, else the contract one, and the unit keeps which (DOMAIN V4): the person edits the figures, never
 * the choice. A unit needs at least one figure.
 */
export function editUnit(unit: Unit, change: Omit<UnitUpdate, 'reason'>): Unit {
  const figures = {
    registered: change.registeredArea ?? undefined,
    surveyed: change.surveyedArea ?? undefined,
    contract: change.contractArea ?? undefined,
  }
  const areaSource = (['registered', 'surveyed', 'contract'] as const).find((s) => figures[s] !== undefined)
  if (!areaSource) {
    throw new RuleViolation('UnitAreaMissing', '至少填写一种面积（登记、实测或合同）', { field: 'body.registeredArea' })
  }
  const { registeredArea: _r, surveyedArea: _s, contractArea: _c, ...rest } = unit
  return {
    ...rest,
    kind: change.kind,
    status: change.status,
    area: figures[areaSource] ?? 0,
    areaSource,
    ...(figures.registered !== undefined ? { registeredArea: figures.registered } : {}),
    ...(figures.surveyed !== undefined ? { surveyedArea: figures.surveyed } : {}),
    ...(figures.contract !== undefined ? { contractArea: figures.contract } : {}),
  }
}
