import type { EvaluationBoard, EvaluationComponent, EvaluationScores, EvaluationSummary } from '@jiayuan/contracts'

export const EVALUATION_COMPONENTS: readonly EvaluationComponent[] = ['attitude', 'repairs', 'cleaning', 'security']

export const EVALUATION_COMPONENT_LABEL: Record<EvaluationComponent, string> = {
  attitude: '服务态度',
  repairs: '维修及时',
  cleaning: '环境卫生',
  security: '安全秩序',
}

/** Our default cut-offs for 红灰黑榜 (×100): no national rule fixes them; a city profile may later. */
export const BOARD_CUTOFFS_X100 = { red: 400, grey: 300 } as const

/** Integer half-up of sum×100/count, without a float. */
const meanX100 = (sum: number, count: number) => Math.floor((sum * 200 + count) / (count * 2))

export function boardOf(scoreX100: number): EvaluationBoard {
  if (scoreX100 >= BOARD_CUTOFFS_X100.red) return 'red'
  if (scoreX100 >= BOARD_CUTOFFS_X100.grey) return 'grey'
  return 'black'
}

/** Aggregate of a quarter's ratings: nothing in it names a rater (P3). */
export function summarizeEvaluations(quarter: string, ratings: readonly EvaluationScores[]): EvaluationSummary {
  if (ratings.length === 0) return { quarter, ratings: 0, componentsX100: null, scoreX100: null, board: null }
  const componentsX100 = {} as Record<EvaluationComponent, number>
  let total = 0
  for (const component of EVALUATION_COMPONENTS) {
    const sum = ratings.reduce((s, r) => s + r[component], 0)
    total += sum
    componentsX100[component] = meanX100(sum, ratings.length)
  }
  const scoreX100 = meanX100(total, ratings.length * EVALUATION_COMPONENTS.length)
  return { quarter, ratings: ratings.length, componentsX100, scoreX100, board: boardOf(scoreX100) }
}

export function sameScores(a: EvaluationScores, b: EvaluationScores): boolean {
  return EVALUATION_COMPONENTS.every((c) => a[c] === b[c])
}
