import { PageShell } from '../../../components/page-shell'
import { NotifySettings } from '../../../features/inbox/notify-settings'

export default function NotifySettingsPage() {
  return (
    <PageShell className="notify-settings-page">
      <NotifySettings />
    </PageShell>
  )
}
