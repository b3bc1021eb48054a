import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { OpeningBalance } from '../../../features/ledger/setup/opening-balance'
import { useMembership } from '../../../state/session'

export default function OpeningPage() {
  const m = useMembership()
  return (
    <PageShell className="books-opening">
      <CompoundSwitch />
      {m ? <OpeningBalance key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
