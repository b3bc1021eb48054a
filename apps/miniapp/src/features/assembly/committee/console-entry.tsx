import { ActionTile } from '../../../components/action-tile'
import { openVotePage } from '../../../lib/vote-pages'

/** The committee's way into the assembly console from the 议事 tab. */
export function ConsoleEntry() {
  return (
    <ActionTile
      className="action-assembly-console"
      label="业主大会管理"
      hint="起草议题、发布公告、开始和截止投票、公布结果"
      onClick={() => openVotePage('console')}
    />
  )
}
