import { PageShell } from '../../../components/page-shell'
import { ErrorNote } from '../../../components/status'
import { CommunityScreen } from '../../../features/platform/community-screen'
import { usePageParams } from '../../../lib/route-params'

export default function CommunityPage() {
  const { id } = usePageParams()
  return (
    <PageShell className="community-page">
      {id ? <CommunityScreen communityId={id} /> : <ErrorNote message="没有指明社区" />}
    </PageShell>
  )
}
