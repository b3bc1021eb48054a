import { ActionTile } from '../../components/action-tile'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { loadMine } from './api'
import { STATUS_LABEL } from './labels'

/**
 * The home page's way into 窗帘之约 (H3), only for someone it concerns: the elder sees today's state; a neighbour,
 * grid worker or staff member sees how many alarms wait for them.
 */
export function CareHomeTile({ compoundId }: { compoundId: string }) {
  const remote = useRemote(() => loadMine(compoundId), [compoundId])
  useReloadOnShow(remote.reload)
  const mine = remote.data
  if (!mine || (!mine.own && mine.duties.length === 0)) return null
  const alarms = mine.duties.filter((d) => d.status === 'alarm' || d.status === 'missed').length
  const own = mine.own
  const label = own ? '报平安' : '照看老人'
  const hint = own ? `${STATUS_LABEL[own.status]}，点这里报平安` : alarms > 0 ? `${alarms} 位老人待确认` : '今天都好'
  return (
    <ActionTile
      className={`care-tile${own && (own.status === 'waiting' || own.status === 'missed' || own.status === 'alarm') ? ' care-tile--due' : ''}`}
      label={label}
      hint={hint}
      badge={alarms}
      onClick={() => go('care')}
    />
  )
}
