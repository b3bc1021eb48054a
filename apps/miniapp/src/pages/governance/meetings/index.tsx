import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { MeetingsScreen } from '../../../features/governance/meetings-screen'
import { useMembership } from '../../../state/session'

export default function JointMeetingsPage() {
  const m = useMembership()
  return (
    <PageShell className="joint-meetings-page">
      {m ? <MeetingsScreen membership={m} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
