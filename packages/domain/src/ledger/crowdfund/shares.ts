import type { ShareRule } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { floorOfRoom } from '../../tickets/place/place'
import { allocateByWeight } from '../money'
import { byZhNumeric } from '../../text/collate'

/** A unit of the project's scope as the plan reads it from the roll. */
export interface ShareUnit {
  unitId: string
  label: string
  /** Hundredths of m². */
  area: number
}

export interface UnitShare {
  unitId: string
  unitLabel: string
  floor?: number
  areaCentiSqm: number
  weight: number
  shareFen: number
}

/** A project's shares are kept in its item, whose size DynamoDB caps at 400 KB. */
export const MAX_PROJECT_UNITS = 2_000

/** The rounding rule, as the page and the doc state it. */
export const ROUNDING_TEXT =
  '每户份额先按比例算到分并舍去零头，剩下的几分钱按舍去部分从大到小各补 1 分（相同时门牌号小的先补），各户合计正好等于目标金额。'

/** The floor a unit's label tells (`3-2-502` → 5), or undefined for a room number that tells none. */
export function floorOfLabel(label: string): number | undefined {
  const parts = label.split('-')
  return floorOfRoom(parts[parts.length - 1] ?? label)
}

/** A floor's coefficient in hundredths under the rule's parameters: 0 for an exempt floor. */
export function floorCoefficient(
  floor: number,
  rule: { exemptThroughFloor: number; startCoefficient: number; step: number },
): number {
  if (floor <= rule.exemptThroughFloor) return 0
  return rule.startCoefficient + (floor - rule.exemptThroughFloor - 1) * rule.step
}

/** The weight of one unit under the rule: 1 a household, its area, or its floor coefficient (hundredths). */
export function weightOf(unit: ShareUnit, rule: ShareRule): number {
  if (rule.kind === 'per_household') return 1
  if (rule.kind === 'by_area') return unit.area
  const floor = floorOfLabel(unit.label)
  return floor === undefined ? 0 : floorCoefficient(floor, rule)
}

/** The rule in words: `按户均摊`, `按面积分摊`, `按楼层系数：1–2 层不分摊，3 层 0.7，每高一层加 0.1`. */
export function ruleText(rule: ShareRule): string {
  if (rule.kind === 'per_household') return '按户均摊'
  if (rule.kind === 'by_area') return '按面积分摊'
  const coef = (h: number) => String(h / 100)
  const exempt =
    rule.exemptThroughFloor > 0
      ? `${rule.exemptThroughFloor === 1 ? '1' : `1–${rule.exemptThroughFloor}`} 层不分摊，`
      : ''
  return `按楼层系数：${exempt}${rule.exemptThroughFloor + 1} 层 ${coef(rule.startCoefficient)}，每高一层加 ${coef(rule.step)}`
}

const byLabel = (a: ShareUnit, b: ShareUnit) => byZhNumeric(a.label, b.label)

/**
 * A crowdfunded project's cost-share plan (DOMAIN F13) over the units of its scope (the consenting vote's
 * frozen scope): each unit's weight under the rule, and its share of the target, exact to the fen.
 *
 * Rounding rule (`ROUNDING_TEXT`, `allocateByWeight`): each share is the floor of target × weight ÷ total
 * weight; the fen left over go one each to the largest remainders, ties to the lower unit label (units are
 * ordered by label, numerically). The shares always sum to the target. A unit of weight 0 (an exempt floor,
 * no recorded area, a room number with no floor) carries no share.
 *
 * Refused naming the field: a scope with no units (`body.scope`), one too large for one project
 * (`body.scope`), a rule under which nobody pays (`body.rule`).
 */
export function planShares(targetFen: number, units: readonly ShareUnit[], rule: ShareRule): UnitShare[] {
  if (units.length === 0)
    throw new RuleViolation('ProjectScopeEmpty', '这个范围在名册上没有房屋，无法分摊', { field: 'body.scope' })
  if (units.length > MAX_PROJECT_UNITS)
    throw new RuleViolation(
      'ProjectScopeTooLarge',
      `一个众筹项目最多分摊到 ${MAX_PROJECT_UNITS} 户，这个范围有 ${units.length} 户`,
      { field: 'body.scope' },
    )
  const parts = [...units].sort(byLabel).map((unit) => ({ unit, weight: weightOf(unit, rule) }))
  if (parts.every((p) => p.weight === 0))
    throw new RuleViolation('ProjectNobodyPays', '按这个分摊方式范围内没有一户需要出资，请调整分摊方式', {
      field: 'body.rule',
    })
  return allocateByWeight(targetFen, parts).map(({ unit, weight, fen }) => {
    const floor = floorOfLabel(unit.label)
    return {
      unitId: unit.unitId,
      unitLabel: unit.label,
      ...(floor === undefined ? {} : { floor }),
      areaCentiSqm: unit.area,
      weight,
      shareFen: fen,
    }
  })
}

/** The share table grouped by floor, highest first, for the page (one row per floor). */
export function sharesByFloor<S extends { floor?: number; shareFen: number }>(
  shares: readonly S[],
): Array<{ floor?: number; units: S[]; totalFen: number }> {
  const groups = new Map<number | undefined, S[]>()
  for (const s of shares) groups.set(s.floor, [...(groups.get(s.floor) ?? []), s])
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a))
    .map(([floor, list]) => ({
      ...(floor === undefined ? {} : { floor }),
      units: list,
      totalFen: list.reduce((s, u) => s + u.shareFen, 0),
    }))
}
