import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { CommunityScreen } from '../../../features/above/community-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

export default function CommunityDeskPage() {
  const session = useSession()
  const { id } = usePageParams()
  const community = session?.communities?.find((c) => c.communityId === id) ?? session?.communities?.[0]
  return (
    <PageShell className="community-desk">
      {community ? <CommunityScreen community={community} /> : <Empty text="您不是社区管理员。" />}
    </PageShell>
  )
}
