import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { ContributionsScreen } from '../../../features/neighbours/contributions-screen'
import { useMembership } from '../../../state/session'

export default function ContributionsPage() {
  const m = useMembership()
  return (
    <PageShell className="contributions-page">
      {m ? <ContributionsScreen membership={m} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
