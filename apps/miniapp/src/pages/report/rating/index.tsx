import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { RatingView } from '../../../features/disclosure/rating/rating-view'
import { useMembership } from '../../../state/session'

export default function ServiceRatingPage() {
  const m = useMembership()
  return (
    <PageShell className="service-rating-page">
      {m ? <RatingView compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
