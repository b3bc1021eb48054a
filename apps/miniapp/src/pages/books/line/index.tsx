import { canCall, ledger, type LedgerLine } from '@jiayuan/contracts'
import { REVERSIBLE_KINDS } from '@jiayuan/domain'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote, Loading } from '../../../components/status'
import { LineDetail } from '../../../features/ledger/lines/line-detail'
import { ReverseEntryCard } from '../../../features/ledger/lines/reverse-entry-card'
import { useLine } from '../../../features/ledger/lines/use-line'
import { VerifyLineCard } from '../../../features/ledger/verify/verify-line-card'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

/** Only the kinds a person may reverse (bills and closes are corrected by their rules), and only once (F10). */
const canReverse = (l: LedgerLine) =>
  (REVERSIBLE_KINDS as readonly string[]).includes(l.kind) && l.reversedBy === undefined

export default function LinePage() {
  const m = useMembership()
  const seq = Number(usePageParams().seq)
  const line = useLine(m?.compoundId, seq)
  return (
    <PageShell className="books-line">
      {line.loading && !line.data ? <Loading /> : null}
      {line.error ? <ErrorNote message={line.error} onRetry={line.reload} /> : null}
      {line.data ? (
        <LineDetail
          line={line.data}
          canOpenReceipt={
            (m !== undefined && canCall(ledger.requestPayRefund, m.roles)) ||
            (m !== undefined && canCall(ledger.approvePayRefund, m.roles))
          }
        />
      ) : null}
      {m && line.data ? <VerifyLineCard compoundId={m.compoundId} line={line.data} /> : null}
      {m && line.data && canReverse(line.data) && canCall(ledger.reverseEntry, m.roles) ? (
        <ReverseEntryCard compoundId={m.compoundId} seq={line.data.seq} />
      ) : null}
    </PageShell>
  )
}
