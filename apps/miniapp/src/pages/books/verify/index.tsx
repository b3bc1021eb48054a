import { PageShell } from '../../../components/page-shell'
import { ChainVerifyCard } from '../../../features/ledger/verify/chain-verify-card'
import { useMembership } from '../../../state/session'

export default function VerifyPage() {
  const m = useMembership()
  return (
    <PageShell className="books-verify">
      {m ? <ChainVerifyCard key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
