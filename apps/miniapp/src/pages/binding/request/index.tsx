import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { BindingRequestForm } from '../../../features/binding/request-form'
import { useMembership } from '../../../state/session'

export default function BindingRequestPage() {
  const m = useMembership()
  return (
    <PageShell className="binding-request">
      {m ? <BindingRequestForm compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
