import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { MeetingScreen } from '../../../features/governance/meeting-screen'
import { usePageParams } from '../../../lib/route-params'
import { useViewedCompound } from '../../../features/above/use-viewed-compound'

export default function JointMeetingPage() {
  const m = useViewedCompound()
  const { id } = usePageParams()
  return (
    <PageShell className="joint-meeting-page">
      {m && id ? <MeetingScreen membership={m} meetingId={id} /> : <Empty text="没有这次会议" />}
    </PageShell>
  )
}
