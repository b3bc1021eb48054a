import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { MeetingsScreen } from '../../../features/governance/meetings-screen'
import { useViewedCompound } from '../../../features/above/use-viewed-compound'
import { ViewingCompound } from '../../../features/above/viewing-compound'

export default function JointMeetingsPage() {
  const m = useViewedCompound()
  return (
    <PageShell className="joint-meetings-page">
      <ViewingCompound membership={m} />
      {m ? <MeetingsScreen membership={m} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
