import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadExpenses } from '../api'

/** Expenses waiting on the committee (pending or blocked on an owners' vote); asked only for committee members. */
export function usePendingExpenses(compoundId: string, mayApprove: boolean) {
  const remote = useRemote(
    () => (mayApprove ? loadExpenses(compoundId).then((list) => list.filter((e) => e.status === 'pending' || e.status === 'blocked_needs_assembly').length) : undefined),
    [compoundId, mayApprove],
  )
  useReloadOnShow(remote.reload)
  return remote
}
