import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { InboxList } from '../../features/inbox/inbox-list'
import { usePageParams } from '../../lib/route-params'
import { useMembership } from '../../state/session'

/** 消息: the current compound's inbox, or (`personal=1`, from 工作台) the personal inbox of someone above it. */
export default function InboxPage() {
  const m = useMembership()
  const { personal } = usePageParams()
  if (personal === '1')
    return (
      <PageShell className="inbox-page inbox-page--personal">
        <InboxList compoundId={null} />
      </PageShell>
    )
  return (
    <PageShell className="inbox-page">
      {m ? <InboxList compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
