import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { LineDetail } from '../../../features/ledger/lines/line-detail'
import { useLine } from '../../../features/ledger/lines/use-line'
import { VerifyLineCard } from '../../../features/ledger/verify/verify-line-card'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function LinePage() {
  const m = useMembership()
  const seq = Number(usePageParams().seq)
  const line = useLine(m?.compoundId, seq)
  return (
    <PageShell className="books-line">
      {line.loading && !line.data ? <Loading /> : null}
      {line.error ? <ErrorNote message={line.error} onRetry={line.reload} /> : null}
      {line.data ? <LineDetail line={line.data} /> : null}
      {m && line.data ? <VerifyLineCard compoundId={m.compoundId} line={line.data} /> : null}
    </PageShell>
  )
}
