import { tickets } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { call } from '../../lib/api'
import { useMembership } from '../../state/session'

/** Open tickets in a grid worker's grids, for the badge on 网格工单; refreshed whenever home shows again. */
export function useGridQueueCount(enabled: boolean) {
  const compoundId = useMembership()?.compoundId
  const count = useRemote(
    () =>
      compoundId && enabled
        ? call(tickets.gridQueue, { params: { compoundId }, query: { limit: 1 } }).then((q) => q.counts.all)
        : undefined,
    [compoundId, enabled],
  )
  useReloadOnShow(count.reload)
  return count
}
