import type { DataMetric, EvaluationSummary, QuarterCounts } from '@jiayuan/contracts'

/** A share of an item's points: `num / den` (0 ≤ num ≤ den, den > 0), with the figure it came from in words. */
export interface Share {
  num: number
  den: number
  basis: string
}

const DAY_MS = 86_400_000
/** Disclosure freshness: a disclosure (D1) or monthly report within 35 days of the quarter's end earns every point, within 65 days half. */
export const DISCLOSURE_FULL_DAYS = 35
export const DISCLOSURE_HALF_DAYS = 65
/** Each overdue rectification notice of the quarter takes a quarter of the item's points. */
export const RECTIFICATION_STEPS = 4

const pct = (num: number, den: number) => `${Math.floor((num * 1000) / den) / 10}%`

/**
 * The stated formulas (S2, S5: figures are derived, never typed). Ticket and survey ratings 1–5 are scaled so
 * that 1 earns nothing and 5 every point: (mean − 1) ÷ 4. With no ratings an opinion item earns nothing; with
 * nothing closed, billed or overdue a count item earns every point (nothing went wrong).
 */
export function dataShare(
  metric: DataMetric,
  counts: QuarterCounts,
  lastDisclosureAt: string | null,
  asOf: string,
): Share {
  switch (metric) {
    case 'on_time':
      return counts.ticketsClosed === 0
        ? { num: 1, den: 1, basis: '本季度没有办结的报修，按满分计' }
        : {
            num: Math.min(counts.ticketsOnTime, counts.ticketsClosed),
            den: counts.ticketsClosed,
            basis: `按时办结 ${counts.ticketsOnTime}/${counts.ticketsClosed} 件（${pct(counts.ticketsOnTime, counts.ticketsClosed)}）`,
          }
    case 'satisfaction':
      return counts.ratings === 0
        ? { num: 0, den: 1, basis: '本季度报修没有评价，此项不得分' }
        : {
            num: Math.max(0, Math.min(counts.ratingSum - counts.ratings, 4 * counts.ratings)),
            den: 4 * counts.ratings,
            basis: `${counts.ratings} 条报修评价，平均 ${Math.round((counts.ratingSum * 100) / counts.ratings) / 100} 分（满分 5 分）`,
          }
    case 'collection':
      return counts.billedFen === 0
        ? { num: 1, den: 1, basis: '本季度没有开出账单，按满分计' }
        : {
            num: Math.min(counts.collectedFen, counts.billedFen),
            den: counts.billedFen,
            basis: `物业费收缴率 ${pct(Math.min(counts.collectedFen, counts.billedFen), counts.billedFen)}（只公布总体比例）`,
          }
    case 'disclosure': {
      if (!lastDisclosureAt) return { num: 0, den: 1, basis: '没有公开过账目或月报，此项不得分' }
      const days = Math.max(0, Math.floor((Date.parse(asOf) - Date.parse(lastDisclosureAt)) / DAY_MS))
      const basis = `最近一次公开距季度末 ${days} 天`
      if (days <= DISCLOSURE_FULL_DAYS) return { num: 1, den: 1, basis }
      if (days <= DISCLOSURE_HALF_DAYS)
        return { num: 1, den: 2, basis: `${basis}（超过 ${DISCLOSURE_FULL_DAYS} 天，得一半）` }
      return { num: 0, den: 1, basis: `${basis}（超过 ${DISCLOSURE_HALF_DAYS} 天，不得分）` }
    }
    case 'rectification': {
      const overdue = counts.rectificationsOverdue
      return {
        num: Math.max(0, RECTIFICATION_STEPS - overdue),
        den: RECTIFICATION_STEPS,
        basis: overdue === 0 ? '本季度没有逾期未整改的通知' : `本季度 ${overdue} 份整改通知逾期（每份扣四分之一）`,
      }
    }
  }
}

/** The residents' survey (1–5 per component, verified owners, one per household): (mean − 1) ÷ 4 of the points. */
export function surveyShare(survey: EvaluationSummary): Share {
  if (survey.scoreX100 === null) return { num: 0, den: 1, basis: '本季度没有业主评价，此项不得分' }
  return {
    num: survey.scoreX100 - 100,
    den: 400,
    basis: `${survey.ratings} 户业主评价，平均 ${(survey.scoreX100 / 100).toFixed(2)} 分（满分 5 分）`,
  }
}

/** points × num ÷ den in hundredths of a point, half up, exactly (integers only). */
export function shareX100(points: number, share: Pick<Share, 'num' | 'den'>): number {
  return Math.floor((points * 100 * share.num * 2 + share.den) / (share.den * 2))
}
