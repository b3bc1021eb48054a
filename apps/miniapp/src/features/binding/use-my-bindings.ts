import { useEffect } from 'react'
import { canCall, compound, type Membership } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { refresh } from '../../state/session'
import { loadMyBindings } from './api'

/**
 * The person's binding requests, fetched again each time the page shows. When one has been approved but the
 * session does not carry that unit yet, the token is refreshed so the owner role takes effect at once.
 */
export function useMyBindings(membership: Membership | undefined) {
  const compoundId = membership?.compoundId
  const mayRequest = canCall(compound.myBindings, membership?.roles)
  const bindings = useRemote(
    () => (compoundId && mayRequest ? loadMyBindings(compoundId) : undefined),
    [compoundId, mayRequest],
  )
  useReloadOnShow(bindings.reload)
  const unitIds = membership?.unitIds ?? []
  const stale = (bindings.data ?? []).some((b) => b.status === 'approved' && !unitIds.includes(b.unitId))
  useEffect(() => {
    if (stale) refresh().catch(() => undefined)
  }, [stale])
  return bindings
}
