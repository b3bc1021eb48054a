import { canCall, ledger, type LedgerLine } from '@jiayuan/contracts'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { LineDetail } from '../../../features/ledger/lines/line-detail'
import { ReverseEntryCard } from '../../../features/ledger/lines/reverse-entry-card'
import { useLine } from '../../../features/ledger/lines/use-line'
import { VerifyLineCard } from '../../../features/ledger/verify/verify-line-card'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

/** The server refuses to reverse a reversal, or an entry twice (F10); the card is not offered for those. */
const canReverse = (l: LedgerLine) => l.kind !== 'reversal' && l.reversedBy === undefined

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
      {m && line.data && canReverse(line.data) && canCall(ledger.reverseEntry, m.roles) ? (
        <ReverseEntryCard compoundId={m.compoundId} seq={line.data.seq} />
      ) : null}
    </PageShell>
  )
}
