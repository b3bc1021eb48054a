import { useRemote } from '../../hooks/use-remote'
import { loadGrids, loadMembers } from './api'

/**
 * Grids and grid workers staff can hand a ticket to. The member list is not open to property staff today, so
 * when it is refused the console offers grid pools only (see the report's API notes).
 */
export function useDispatchTargets(compoundId: string) {
  return useRemote(
    () =>
      Promise.all([loadGrids(compoundId), loadMembers(compoundId).catch(() => undefined)]).then(([grids, members]) => ({
        grids,
        workers: members?.filter((m) => m.roles.includes('grid_worker')),
      })),
    [compoundId],
  )
}
