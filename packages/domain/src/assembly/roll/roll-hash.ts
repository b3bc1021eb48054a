import type { VotingRoll } from '@jiayuan/contracts'
import { canonicalJson } from '../../crypto/canonical-json'
import { sha256Hex } from '../../crypto/sha256'
import { byCodeUnit } from '../order'

/** Bumped if the serialisation ever changes, so an old published hash is never re-read under new rules. */
const ROLL_HASH_VERSION = 'jiayuan.voting-roll.v1'

/**
 * The hash published when voting opens (DOMAIN V5). Subjects and units are sorted first, so the same roll
 * hashes the same however it was assembled, and anyone holding the snapshot can recompute it.
 */
export function rollHash(roll: VotingRoll): string {
  const subjects = [...roll.subjects]
    .sort((a, b) => byCodeUnit(a.subjectId, b.subjectId))
    .map((s) => ({ ...s, units: [...s.units].sort((a, b) => byCodeUnit(a.unitId, b.unitId)) }))
  return sha256Hex(canonicalJson({ version: ROLL_HASH_VERSION, parkingAreaCounts: roll.parkingAreaCounts, subjects }))
}
