import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { SettingsScreen } from '../../../features/settings/settings-screen'
import { useMembership } from '../../../state/session'

export default function SettingsPage() {
  const m = useMembership()
  return (
    <PageShell className="settings-page">
      <CompoundSwitch />
      {m ? <SettingsScreen key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
