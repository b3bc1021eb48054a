import { PageShell } from '../../../components/page-shell'
import { LoginScreen } from '../../../features/auth/login-screen'
import { InviteScreen } from '../../../features/platform/invite-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

/** An invite link may be opened before logging in: the login comes first, on this page, and the code stays. */
export default function InvitePage() {
  const { code } = usePageParams()
  const session = useSession()
  return (
    <PageShell className="invite-page" requireLogin={!!session}>
      {session ? <InviteScreen {...(code ? { initialCode: code } : {})} /> : <LoginScreen then={() => undefined} />}
    </PageShell>
  )
}
