import type { MatterType, ThresholdKind } from '@jiayuan/contracts'
import { atLeast, moreThan } from '../counting/exact'

export interface Threshold {
  kind: ThresholdKind
}

/**
 * Civil Code Art. 278 (DOMAIN §1): raising the maintenance fund (6), rebuilding (7) and changing the use of
 * common parts (8) need 3/4; everything else a simple majority. Derived, never stored with the motion.
 */
const THREE_QUARTER_MATTERS: ReadonlySet<MatterType> = new Set<MatterType>([6, 7, 8])

export function thresholdFor(matterType: MatterType): Threshold {
  return { kind: THREE_QUARTER_MATTERS.has(matterType) ? 'three_quarters' : 'majority' }
}

/**
 * 过半数 is strictly more than half; 四分之三以上 includes exactly three quarters (DOMAIN V1). With nobody taking
 * part, 0 ≥ 3/4 · 0 would hold, so approval needs at least one participant.
 */
export function meetsThreshold(kind: ThresholdKind, yes: number, participants: number): boolean {
  if (participants === 0) return false
  return kind === 'majority' ? moreThan(yes, participants, 1, 2) : atLeast(yes, participants, 3, 4)
}

/** DOMAIN V1: 三分之二以上, so exactly 2/3 is enough. Applied to area and to heads separately. */
export function meetsQuorum(participating: number, total: number): boolean {
  return atLeast(participating, total, 2, 3)
}
