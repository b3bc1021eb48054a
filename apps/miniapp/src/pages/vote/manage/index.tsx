import { PageShell } from '../../../components/page-shell'
import { ManageScreen } from '../../../features/assembly/committee/manage-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ManagePage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="vote-manage">
      {m && id ? <ManageScreen compoundId={m.compoundId} meetingId={id} /> : null}
    </PageShell>
  )
}
