import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ApprovalsList } from '../../../features/ledger/expenses/approvals-list'
import { useMembership } from '../../../state/session'

export default function ApprovalsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-approvals">
      <CompoundSwitch />
      {m ? <ApprovalsList key={m.compoundId} compoundId={m.compoundId} roles={m.roles} /> : null}
    </PageShell>
  )
}
