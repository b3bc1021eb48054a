import { ListRow } from '../../components/list-row'
import { Card } from '../../components/card'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import { loadMyPanels } from './api'

/** On home, for a person on a panel with scoring still open: one tap to the scoring form. */
export function PanelEntry() {
  const remote = useRemote(loadMyPanels, [])
  const open = (remote.data?.assignments ?? []).filter((a) => a.status === 'open')
  if (open.length === 0) return null
  const todo = open.filter((a) => !a.scored).length
  return (
    <Card title="物业服务考评" className="panel-entry">
      <ListRow
        className="open-panels"
        title="评议打分"
        sub={todo ? `${todo} 个小区待您评分` : '已评分，公布前可修改'}
        extra="›"
        onClick={() => go('assessmentSheet')}
      />
    </Card>
  )
}
