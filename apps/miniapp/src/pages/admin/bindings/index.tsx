import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ReviewList } from '../../../features/binding-review/review-list'
import { useMembership } from '../../../state/session'

export default function ReviewBindingsPage() {
  const m = useMembership()
  return (
    <PageShell className="review-bindings">
      <CompoundSwitch />
      {m ? <ReviewList compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
