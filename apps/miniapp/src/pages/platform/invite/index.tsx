import { PageShell } from '../../../components/page-shell'
import { InviteScreen } from '../../../features/platform/invite-screen'
import { usePageParams } from '../../../lib/route-params'

export default function InvitePage() {
  const { code } = usePageParams()
  return (
    <PageShell className="invite-page">
      <InviteScreen {...(code ? { initialCode: code } : {})} />
    </PageShell>
  )
}
