import type { CompanyColour, FigureBand, RectCard, RectificationNotice } from '@jiayuan/contracts'

const COLOURS: readonly CompanyColour[] = ['green', 'yellow', 'orange', 'red']

export interface ColourInput {
  /** The company's notices not yet passed at re-inspection (closed ones are ignored if given). */
  notices: ReadonlyArray<Pick<RectificationNotice, 'status' | 'severity' | 'overdue'> & { card?: RectCard }>
  /** The latest quarterly band of each of its compounds (S2); absent bands are ignored. */
  bands: ReadonlyArray<FigureBand | undefined>
}

/**
 * A property company's 四色 status (DOMAIN S3), from its open notices and its compounds' bands:
 * - green: no open notice;
 * - yellow: open notices, none escalated beyond one yellow card;
 * - orange: a red card, two or more yellow-carded notices, or a life-and-safety notice past its deadline;
 * - red: an interview (约谈), or two or more red-carded notices.
 * A compound on the black list (黑榜) raises the colour one step; red and grey bands change nothing.
 */
export function companyColour(input: ColourInput): CompanyColour {
  const open = input.notices.filter((n) => n.status !== 'closed')
  const cards = (c: RectCard) => open.filter((n) => n.card === c).length
  let level = 0
  if (open.length > 0) level = 1
  if (cards('red') > 0 || cards('yellow') >= 2 || open.some((n) => n.severity === 'life_safety' && n.overdue)) level = 2
  if (cards('interview') > 0 || cards('red') >= 2) level = 3
  if (input.bands.includes('black')) level = Math.min(level + 1, 3)
  return COLOURS[level] as CompanyColour
}
