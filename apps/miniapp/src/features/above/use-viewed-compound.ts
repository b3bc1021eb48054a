import type { Membership } from '@jiayuan/contracts'
import { usePageParams } from '../../lib/route-params'
import { useMembership, useSession } from '../../state/session'

/**
 * The compound a governance page shows: the one named in the page's query (`compoundId`, opened from 街道工作台)
 * or else the person's current compound. Street staff read a compound of their street without a role in it
 * (DOMAIN G4), so they get a membership with no roles: every action stays hidden, the reads are allowed.
 */
export function useViewedCompound(): Membership | undefined {
  const session = useSession()
  const own = useMembership()
  const { compoundId, compoundName } = usePageParams()
  if (!compoundId) return own
  const mine = session?.memberships.find((m) => m.compoundId === compoundId)
  if (mine) return mine
  if ((session?.streets?.length ?? 0) === 0) return undefined
  return { compoundId, compoundName: decoded(compoundName ?? ''), roles: [], gridIds: [], unitIds: [] }
}

/** A query value as the person typed it: H5 hands it over still percent-encoded, WeChat decoded. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
