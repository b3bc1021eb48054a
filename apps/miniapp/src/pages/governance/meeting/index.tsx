import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { MeetingScreen } from '../../../features/governance/meeting-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function JointMeetingPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="joint-meeting-page">
      {m && id ? <MeetingScreen membership={m} meetingId={id} /> : <Empty text="没有这次会议" />}
    </PageShell>
  )
}
