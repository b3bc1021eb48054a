import { ledger } from '@jiayuan/contracts'
import { useRemote } from './use-remote'
import { useReloadOnShow } from './use-reload-on-show'
import { call } from '../lib/api'
import { useMembership } from '../state/session'

/** Expenses waiting on the committee (DOMAIN F3), for the badge on 支出审批; asked only for committee members. */
export function usePendingExpenses(mayApprove: boolean) {
  const compoundId = useMembership()?.compoundId
  const remote = useRemote(
    () =>
      compoundId && mayApprove
        ? call(ledger.listExpenses, { params: { compoundId }, query: {} }).then(
            (r) => r.expenses.filter((e) => e.status === 'pending' || e.status === 'blocked_needs_assembly').length,
          )
        : undefined,
    [compoundId, mayApprove],
  )
  useReloadOnShow(remote.reload)
  return remote
}
