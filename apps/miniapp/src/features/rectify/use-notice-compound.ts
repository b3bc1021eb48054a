import type { Membership } from '@jiayuan/contracts'
import { usePageParams } from '../../lib/route-params'
import { useMembership, useSession } from '../../state/session'

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * The compound a notices page shows: the page's `compoundId` or else the person's current compound. The street's
 * staff and the company's users hold no role there (G4, S3): they get a membership with no roles, and the server
 * decides what they may do.
 */
export function useNoticeCompound(): Membership | undefined {
  const session = useSession()
  const own = useMembership()
  const { compoundId, compoundName } = usePageParams()
  if (!compoundId) return own
  const mine = session?.memberships.find((m) => m.compoundId === compoundId)
  if (mine) return mine
  if (!session?.streets?.length && !session?.companies?.length) return undefined
  return { compoundId, compoundName: decoded(compoundName ?? ''), roles: [], gridIds: [], unitIds: [] }
}
