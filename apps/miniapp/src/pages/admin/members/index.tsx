import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { MembersScreen } from '../../../features/members/members-screen'
import { useMembership } from '../../../state/session'

export default function MembersPage() {
  const m = useMembership()
  return (
    <PageShell className="members-page">
      <CompoundSwitch />
      {m ? <MembersScreen compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
