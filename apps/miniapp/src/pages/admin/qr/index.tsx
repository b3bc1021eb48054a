import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { QrCard } from '../../../features/joining/qr-card'
import { useMembership } from '../../../state/session'

export default function CompoundQrPage() {
  const m = useMembership()
  return (
    <PageShell className="compound-qr">
      <CompoundSwitch />
      {m ? <QrCard key={m.compoundId} compoundId={m.compoundId} name={m.compoundName} /> : null}
    </PageShell>
  )
}
