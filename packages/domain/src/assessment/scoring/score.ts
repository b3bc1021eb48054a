import type {
  EvaluationInputs,
  EvaluationResult,
  FigureBand,
  ItemResult,
  ResultDeduction,
  RubricDraft,
  VetoResult,
} from '@jiayuan/contracts'
import { ITEM_SOURCE_LABEL } from '@jiayuan/contracts'
import { rubricItems } from '../rubric/check-rubric'
import { dataShare, shareX100, surveyShare } from './data-metrics'

const points = (x100: number) => (x100 % 100 === 0 ? String(x100 / 100) : (x100 / 100).toFixed(2))
export { points as pointsText }

/** The band the score alone gives (S2: e.g. ≥ 90 红, < 60 黑, else 灰), on whole points ×100. */
export function bandOfScore(totalX100: number, rubric: Pick<RubricDraft, 'bands'>): FigureBand {
  if (totalX100 >= rubric.bands.redAtLeast * 100) return 'red'
  if (totalX100 < rubric.bands.blackBelow * 100) return 'black'
  return 'grey'
}

/** The panel items and veto items no member of their party has scored (publishing waits for them). */
export function unscored(inputs: Pick<EvaluationInputs, 'rubric' | 'sheets'>): string[] {
  const { rubric, sheets } = inputs
  const items = rubricItems(rubric)
    .filter(({ item }) => item.source === 'panel')
    .filter(({ item }) => !sheets.some((s) => s.party === item.party && s.items.some((e) => e.itemId === item.itemId)))
    .map(({ item }) => item.label)
  const vetoes = rubric.vetoes
    .filter((v) => !sheets.some((s) => s.party === v.party && s.vetoes.some((e) => e.vetoId === v.vetoId)))
    .map((v) => v.label)
  return [...items, ...vetoes]
}

function panelItem(inputs: EvaluationInputs, itemId: string, party: string | undefined, pointsX100: number) {
  const entries = inputs.sheets
    .filter((s) => s.party === party)
    .flatMap((s) => s.items.filter((e) => e.itemId === itemId).map((e) => ({ sheet: s, entry: e })))
  if (entries.length === 0) return { scoreX100: 0, basis: '尚未评分', deductions: [] as ResultDeduction[] }
  // Each member's score is the points less their deductions (never below 0); the item is their mean, half up.
  const sum = entries.reduce(
    (s, { entry }) => s + Math.max(0, pointsX100 - entry.deductions.reduce((d, x) => d + x.deductX100, 0)),
    0,
  )
  const scoreX100 = Math.floor((sum * 2 + entries.length) / (entries.length * 2))
  const deductions = entries.flatMap(({ sheet, entry }) =>
    entry.deductions.map((d) => ({
      deductX100: d.deductX100,
      reason: d.reason,
      party: sheet.party,
      evidence: d.evidence,
    })),
  )
  const basis = entries.length === 1 ? '1 位评议人打分' : `${entries.length} 位评议人打分的平均`
  return { scoreX100, basis, deductions }
}

/**
 * A compound's result from its inputs alone (S2), so the stored inputs recompute it exactly: each item's score
 * by its source, the total, veto items, the band by the score, then 黑 for a failed veto item or for enough
 * consecutive quarters off 红榜.
 */
export function scoreEvaluation(inputs: EvaluationInputs): EvaluationResult {
  const { rubric } = inputs
  const items: ItemResult[] = rubricItems(rubric).map(({ item, areaId, areaLabel }) => {
    const pointsX100 = item.points * 100
    const base = { itemId: item.itemId, areaId, areaLabel, label: item.label, source: item.source, pointsX100 }
    if (item.source === 'panel') return { ...base, ...panelItem(inputs, item.itemId, item.party, pointsX100) }
    const share =
      item.source === 'survey'
        ? surveyShare(inputs.survey)
        : dataShare(item.metric ?? 'on_time', inputs.counts, inputs.lastDisclosureAt, inputs.asOf)
    const scoreX100 = shareX100(item.points, share)
    const lost = pointsX100 - scoreX100
    return {
      ...base,
      scoreX100,
      basis: share.basis,
      deductions: lost > 0 ? [{ deductX100: lost, reason: `${ITEM_SOURCE_LABEL[item.source]}：${share.basis}` }] : [],
    }
  })
  const vetoes: VetoResult[] = rubric.vetoes.map((v) => {
    const failed = inputs.sheets
      .filter((s) => s.party === v.party)
      .flatMap((s) => s.vetoes.filter((e) => e.vetoId === v.vetoId && e.failed).map((e) => ({ s, e })))[0]
    return failed
      ? {
          vetoId: v.vetoId,
          label: v.label,
          failed: true,
          party: failed.s.party,
          ...(failed.e.reason ? { reason: failed.e.reason } : {}),
          ...(failed.e.evidence ? { evidence: failed.e.evidence } : {}),
        }
      : { vetoId: v.vetoId, label: v.label, failed: false }
  })
  const totalX100 = items.reduce((s, i) => s + i.scoreX100, 0)
  const scoreBand = bandOfScore(totalX100, rubric)
  const vetoed = vetoes.find((v) => v.failed)
  const failing = scoreBand !== 'red' || vetoed !== undefined
  const needed = rubric.failingQuartersToBlack - 1
  const streak =
    failing && inputs.earlierFailing.length >= needed && inputs.earlierFailing.slice(0, needed).every(Boolean)
  const band: FigureBand = vetoed || streak ? 'black' : scoreBand
  const bandReason = vetoed
    ? `一票否决：${vetoed.label}`
    : streak
      ? `连续 ${rubric.failingQuartersToBlack} 个季度未进红榜，列入黑榜`
      : `得分 ${points(totalX100)} 分（满分 ${rubric.total}；${rubric.bands.redAtLeast} 分及以上红榜，低于 ${rubric.bands.blackBelow} 分黑榜）`
  return { totalX100, maxX100: rubric.total * 100, items, vetoes, scoreBand, band, bandReason, failing }
}

/** Below any total (totals are at most 100,000 ×100). */
const VETOED = 1_000_000

/**
 * Ranks across the street's compounds of a quarter: a compound with a failed veto item after every other, then
 * by total, highest first; equal standing shares a rank (1, 1, 3).
 */
export function rankCompounds(
  rows: ReadonlyArray<{ compoundId: string; result: EvaluationResult }>,
): Map<string, number> {
  const key = (r: EvaluationResult) => (r.vetoes.some((v) => v.failed) ? r.totalX100 - VETOED : r.totalX100)
  const sorted = [...rows].sort((a, b) => key(b.result) - key(a.result))
  const ranks = new Map<string, number>()
  sorted.forEach((row, i) => {
    const prev = sorted[i - 1]
    const rank = prev && key(prev.result) === key(row.result) ? (ranks.get(prev.compoundId) ?? i + 1) : i + 1
    ranks.set(row.compoundId, rank)
  })
  return ranks
}
