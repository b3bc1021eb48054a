import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { RollImport } from '../../../features/roll/roll-import'
import { useMembership } from '../../../state/session'

export default function RollImportPage() {
  const m = useMembership()
  return (
    <PageShell className="roll-import-page">
      <CompoundSwitch />
      {m ? <RollImport key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
