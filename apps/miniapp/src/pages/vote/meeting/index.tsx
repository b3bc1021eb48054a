import { assembly, canCall } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { MeetingScreen } from '../../../features/assembly/meeting/meeting-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function MeetingPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="vote-meeting">
      <MeetingScreen
        compoundId={m?.compoundId}
        meetingId={id}
        isCommittee={canCall(assembly.updateMeeting, m?.roles)}
      />
    </PageShell>
  )
}
