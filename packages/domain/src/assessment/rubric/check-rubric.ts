import type { FieldIssue, RubricDraft, RubricItem } from '@jiayuan/contracts'
import { DATA_METRIC_LABEL } from '@jiayuan/contracts'
import { InvalidInput, RuleViolation } from '../../errors'

/** Every item of the rubric with the area it sits in and where it is in the body (for field names). */
export function rubricItems(
  rubric: RubricDraft,
): Array<{ item: RubricItem; areaId: string; areaLabel: string; field: string }> {
  return rubric.areas.flatMap((area, a) =>
    area.items.map((item, i) => ({ item, areaId: area.areaId, areaLabel: area.label, field: `areas.${a}.items.${i}` })),
  )
}

export const pointsSum = (rubric: RubricDraft) => rubricItems(rubric).reduce((s, { item }) => s + item.points, 0)

/**
 * A rubric a street may save (S2): each item names exactly what its source needs, ids are unique, the bands are
 * in order within the total; and the items' points add up to the total, else 422 naming `rubric.areas` with the
 * sum. `prefix` is where the rubric sits in the request body.
 */
export function checkRubric(rubric: RubricDraft, prefix = 'body.rubric'): void {
  const issues: FieldIssue[] = []
  const seen = new Set<string>()
  for (const { item, field } of rubricItems(rubric)) {
    const at = `${prefix}.${field}`
    if (seen.has(item.itemId)) issues.push({ field: `${at}.itemId`, message: `编号 ${item.itemId} 重复` })
    seen.add(item.itemId)
    if (item.source === 'data' && !item.metric)
      issues.push({
        field: `${at}.metric`,
        message: `请选择运行数据指标（${Object.values(DATA_METRIC_LABEL).join('、')}）`,
      })
    if (item.source !== 'data' && item.metric) issues.push({ field: `${at}.metric`, message: '只有运行数据项才有指标' })
    if (item.source === 'panel' && !item.party) issues.push({ field: `${at}.party`, message: '请选择由哪一方评议' })
    if (item.source !== 'panel' && item.party)
      issues.push({ field: `${at}.party`, message: '只有评议项才由评议小组打分' })
  }
  const areaIds = new Set<string>()
  rubric.areas.forEach((area, a) => {
    if (areaIds.has(area.areaId))
      issues.push({ field: `${prefix}.areas.${a}.areaId`, message: `编号 ${area.areaId} 重复` })
    areaIds.add(area.areaId)
  })
  const vetoIds = new Set<string>()
  rubric.vetoes.forEach((veto, v) => {
    if (vetoIds.has(veto.vetoId) || seen.has(veto.vetoId))
      issues.push({ field: `${prefix}.vetoes.${v}.vetoId`, message: `编号 ${veto.vetoId} 重复` })
    vetoIds.add(veto.vetoId)
  })
  const { redAtLeast, blackBelow } = rubric.bands
  if (redAtLeast > rubric.total)
    issues.push({ field: `${prefix}.bands.redAtLeast`, message: `红榜分数线不能高于满分 ${rubric.total}` })
  if (blackBelow > redAtLeast)
    issues.push({
      field: `${prefix}.bands.blackBelow`,
      message: `黑榜分数线（${blackBelow}）不能高于红榜分数线（${redAtLeast}）`,
    })
  if (issues.length > 0) throw new InvalidInput(`${issues[0]?.field}: ${issues[0]?.message}`, issues)
  const sum = pointsSum(rubric)
  if (sum !== rubric.total) {
    const message = `各项分值合计 ${sum} 分，应等于满分 ${rubric.total} 分`
    throw new RuleViolation('WeightsDoNotSum', message, [{ field: `${prefix}.areas`, message }])
  }
}
