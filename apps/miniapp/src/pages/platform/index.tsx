import { PageShell } from '../../components/page-shell'
import { CommunitiesScreen } from '../../features/platform/communities-screen'

export default function PlatformConsolePage() {
  return (
    <PageShell className="platform-console">
      <CommunitiesScreen />
    </PageShell>
  )
}
