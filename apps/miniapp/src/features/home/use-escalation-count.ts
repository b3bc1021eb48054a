import { tickets } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { call } from '../../lib/api'
import { useMembership } from '../../state/session'

/** Escalations waiting for the community admin to sign or answer, for the badge on 上报件 (DOMAIN T12). */
export function useEscalationCount(enabled: boolean) {
  const compoundId = useMembership()?.compoundId
  const count = useRemote(
    () =>
      compoundId && enabled
        ? call(tickets.listEscalations, { params: { compoundId }, query: { receiver: 'community' } }).then(
            (q) => q.waiting,
          )
        : undefined,
    [compoundId, enabled],
  )
  useReloadOnShow(count.reload)
  return count
}
