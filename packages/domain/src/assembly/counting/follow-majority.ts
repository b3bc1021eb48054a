import type { TallyCounts, VoteChoice } from '@jiayuan/contracts'
import { moreThan } from './exact'

const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain']

/**
 * The side non-voters follow under 从众 (DOMAIN V8), when the assembly rules adopt it. "The majority of those
 * who voted" is read as 过半数, the same strict reading V1 gives that word: the one choice holding strictly more
 * than half of the participants' area AND strictly more than half of the participants' heads. A person has
 * one voice, so their area and their head must follow the same choice; when no choice leads on both counts
 * there is no majority to follow and nobody is deemed. Abstain can be that side: it was the voters' majority.
 */
export function majoritySide(counts: TallyCounts): VoteChoice | null {
  for (const choice of CHOICES) {
    const area = counts[`${choice}Area`]
    const heads = counts[`${choice}Heads`]
    if (moreThan(area, counts.participatingArea, 1, 2) && moreThan(heads, counts.participatingHeads, 1, 2)) {
      return choice
    }
  }
  return null
}
