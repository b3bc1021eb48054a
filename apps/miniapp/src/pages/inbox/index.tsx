import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { InboxList } from '../../features/inbox/inbox-list'
import { useMembership } from '../../state/session'

export default function InboxPage() {
  const m = useMembership()
  return (
    <PageShell className="inbox-page">
      {m ? <InboxList compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
