import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { BoardView } from '../../../features/disclosure/board/board-view'
import { useMembership } from '../../../state/session'

export default function DisclosureBoardPage() {
  const m = useMembership()
  return (
    <PageShell className="disclosure-board-page">
      {m ? <BoardView compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
