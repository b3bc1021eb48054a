import { useRemote } from '../../../hooks/use-remote'
import { loadGrids, loadMembers } from '../api'

/** Grids and grid workers staff can hand a ticket to (the member list is open to property staff, DOMAIN T3). */
export function useDispatchTargets(compoundId: string) {
  return useRemote(
    () =>
      Promise.all([loadGrids(compoundId), loadMembers(compoundId)]).then(([grids, members]) => ({
        grids,
        workers: members.filter((m) => m.roles.includes('grid_worker')),
      })),
    [compoundId],
  )
}
