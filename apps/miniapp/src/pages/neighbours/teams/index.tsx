import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { TeamsScreen } from '../../../features/neighbours/teams/teams-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function TeamsPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="teams-page">
      {m ? <TeamsScreen membership={m} {...(id ? { focus: id } : {})} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
